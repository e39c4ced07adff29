namespace Catalogue.Tests.Feeds;

public sealed class CsvFeedReaderTests
{
    private static FeedDocument Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return CsvFeedReader.Read(new MemoryStream(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes));
    }

    [Fact]
    public void A_spreadsheet_export_with_semicolons_bom_decimal_commas_and_polish_dates_is_read()
    {
        var feed = Read("""
            externalId;sector;kind;title;mode;isFree;pricePln;city;runStart;runEnd;places;funding
            K-1;adult;kurs;Kurs księgowości;stacjonarne;nie;1 250,50 zł;Łódź;01.02.2027;31.03.2027;12;kfs|bur
            K-1;adult;kurs;Kurs księgowości;stacjonarne;nie;1 250,50 zł;Łódź;01.09.2027;31.10.2027;12;kfs|bur
            K-2;adult;kurs;"Excel; od podstaw";online;tak;;;2027-01-10;;;
            """, bom: true);
        Assert.Empty(feed.Problems);
        Assert.Equal(3, feed.Seen);
        Assert.Equal(2, feed.Offers.Count);
        var first = feed.Offers[0];
        Assert.Equal(1250.50m, first.PricePln);
        Assert.Equal([new DateOnly(2027, 2, 1), new DateOnly(2027, 9, 1)], first.Runs!.Select(r => r.Start!.Value));
        Assert.Single(first.Locations!);
        Assert.Equal(["kfs", "bur"], first.Funding);
        Assert.Equal("Excel; od podstaw", feed.Offers[1].Title);
        Assert.True(feed.Offers[1].IsFree);
    }

    [Fact]
    public void Comma_separated_files_are_detected()
    {
        var feed = Read("externalId,sector,kind,title,mode\nA,adult,kurs,Kurs A,online\n");
        Assert.Equal("Kurs A", Assert.Single(feed.Offers).Title);
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_rejected_with_its_line_and_column()
    {
        var feed = Read("externalId;sector;kind;title;mode;durationHours;runStart\nA;adult;kurs;Kurs A;online;dużo;2027-01-01\nB;adult;kurs;Kurs B;online;40;jutro\nC;adult;kurs;Kurs C;online;40;2027-01-01\n");
        Assert.Equal(["C"], feed.Offers.Select(o => o.ExternalId));
        Assert.Contains(feed.Problems, p => (p.Row, p.Field) == (2, "durationHours"));
        Assert.Contains(feed.Problems, p => (p.Row, p.Field) == (3, "runStart"));
        Assert.Equal(["A", "B"], feed.RejectedExternalIds);
    }

    [Fact]
    public void A_file_without_the_required_columns_is_unusable_as_a_whole() =>
        Assert.Throws<FeedFormatException>(() => Read("nazwa;cena\nKurs;100\n"));

    [Fact]
    public void A_huge_cell_is_refused_without_taking_the_rest_down()
    {
        var feed = Read($"externalId;sector;kind;title;mode;description\nA;adult;kurs;Kurs A;online;{new string('x', 50_000)}\nB;adult;kurs;Kurs B;online;krótki opis\n");
        Assert.Equal(["B"], feed.Offers.Select(o => o.ExternalId));
        Assert.Contains(feed.Problems, p => (p.Row, p.Field) == (2, "description"));
    }

    [Fact]
    public void A_last_row_with_fewer_cells_than_the_header_is_rejected_naming_the_first_missing_column()
    {
        var feed = Read("externalId;sector;kind;title;mode;durationHours\nA;adult;kurs;Kurs A;online;40\nB;adult;kurs\n");
        Assert.Equal(["A"], feed.Offers.Select(o => o.ExternalId));
        var problem = Assert.Single(feed.Problems);
        Assert.Equal((3, "title"), (problem.Row, problem.Field));
        Assert.Contains("3 cell(s)", problem.Message, StringComparison.Ordinal);
        // Its offer, if it exists, is kept as it was rather than withdrawn for a broken row.
        Assert.Equal(["B"], feed.RejectedExternalIds);
    }

    [Fact]
    public void A_row_with_more_filled_cells_than_the_header_is_rejected_but_trailing_empty_cells_are_allowed()
    {
        var feed = Read("externalId;sector;kind;title;mode\nA;adult;kurs;Kurs A;online;;\nB;adult;kurs;Kurs B; z długim tytułem;online\n");
        Assert.Equal(["A"], feed.Offers.Select(o => o.ExternalId));
        var problem = Assert.Single(feed.Problems);
        Assert.Equal((3, "(row)"), (problem.Row, problem.Field));
        Assert.Contains("double quotes", problem.Message, StringComparison.Ordinal);
    }
}
