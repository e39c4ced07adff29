using System.Globalization;
using nietras.SeparatedValues;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Reads the CSV feed a school secretary exports from a spreadsheet: UTF-8 with or without BOM, ';' or ',' (detected),
/// one row per offer-run (rows with the same externalId are one offer with several runs and places), lists inside a
/// cell separated by '|', Polish decimal commas and DD.MM.YYYY dates accepted, booleans as tak/nie or true/false.
/// Columns are listed in the README. A row that cannot be read is rejected with its line and column; a file without
/// the required columns, or past the row limit, is unusable as a whole.
/// </summary>
public static class CsvFeedReader
{
    public const int MaxRows = 100_000;
    public const int MaxCellLength = 20_000;
    private static readonly string[] Required = ["externalId", "sector", "kind", "title", "mode"];

    public static FeedDocument Read(Stream utf8)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, ColNameComparer = StringComparer.OrdinalIgnoreCase }).From(utf8);
        var missing = Required.Where(c => !reader.Header.ColNames.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            throw new FeedFormatException($"The CSV file lacks the column(s) {string.Join(", ", missing)}; the first line must name the columns (see the README).");
        var columns = reader.Header.ColNames.ToList();

        var offers = new Dictionary<string, FeedOffer>(StringComparer.Ordinal);
        var order = new List<string>();
        var problems = new List<RecordProblem>();
        var rejectedIds = new List<string>();
        var rows = 0;
        foreach (var row in reader)
        {
            if (++rows > MaxRows) throw new FeedFormatException($"The CSV file has more than {MaxRows:N0} rows; split it per provider or use the JSON feed.");
            var line = row.LineNumberFrom;
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var shape = ShapeProblem(row, columns, line);
            var tooLong = false;
            foreach (var column in columns.Take(row.ColCount))
            {
                var text = row[column].ToString();
                if (text.Length > MaxCellLength) { problems.Add(new RecordProblem(line, column, $"The cell has {text.Length:N0} characters; at most {MaxCellLength:N0}.")); tooLong = true; }
                cells[column] = text.Trim();
            }
            var id = cells.GetValueOrDefault("externalId") ?? "";
            // A row whose cells may sit in the wrong columns is reported once, not once per column it garbles.
            var rowProblems = new List<RecordProblem>();
            var parsed = shape is null ? Parse(cells, line, rowProblems) : null;
            if (shape is not null) rowProblems.Add(shape);
            if (parsed is null || tooLong || rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                if (id.Length > 0) rejectedIds.Add(id);
                continue;
            }
            if (offers.TryGetValue(id, out var existing) && id.Length > 0)
            {
                offers[id] = existing with
                {
                    Runs = [.. existing.Runs ?? [], .. parsed.Runs ?? []],
                    Locations = [.. existing.Locations ?? [], .. (parsed.Locations ?? []).Where(l => !(existing.Locations ?? []).Contains(l))],
                };
            }
            else
            {
                offers[id.Length > 0 ? id : $"#{line}"] = parsed;
                order.Add(id.Length > 0 ? id : $"#{line}");
            }
        }
        return new FeedDocument(true, order.Select(k => offers[k]).ToList(), problems, rows) { RejectedExternalIds = rejectedIds };
    }

    /// <summary>
    /// A row with fewer cells than the first line names columns is cut short (an export stopped mid-row, a lost
    /// separator); one with more cells that are not empty has its cells shifted (a ';' in an unquoted cell). Either way
    /// no cell can be trusted to be in its column, so the row is rejected; empty cells past the last column (a
    /// spreadsheet's trailing separators) are allowed.
    /// </summary>
    private static RecordProblem? ShapeProblem(SepReader.Row row, List<string> columns, int line)
    {
        if (row.ColCount < columns.Count)
            return new RecordProblem(line, columns[row.ColCount],
                $"The row has {row.ColCount} cell(s) but the first line names {columns.Count} columns; '{columns[row.ColCount]}' and the columns after it are missing. Leave a cell empty rather than out.");
        for (var i = columns.Count; i < row.ColCount; i++)
        {
            if (row[i].Span.Trim().Length > 0)
                return new RecordProblem(line, "(row)",
                    $"The row has {row.ColCount} cells but the first line names {columns.Count} columns; the cells may be shifted (put a cell that contains the separator in double quotes).");
        }
        return null;
    }

    private static FeedOffer Parse(Dictionary<string, string> c, int line, List<RecordProblem> problems)
    {
        string? Cell(string name) => c.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        List<string>? List(string name) => Cell(name)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        int? Int(string name)
        {
            if (Cell(name) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
            problems.Add(new RecordProblem(line, name, $"'{text}' is not a whole number."));
            return null;
        }
        decimal? Money(string name)
        {
            if (Cell(name) is not { } text) return null;
            var normal = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("zł", "", StringComparison.OrdinalIgnoreCase).Replace(',', '.');
            if (decimal.TryParse(normal, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
            problems.Add(new RecordProblem(line, name, $"'{text}' is not an amount (e.g. 1500 or 1500,50)."));
            return null;
        }
        bool? Flag(string name)
        {
            if (Cell(name) is not { } text) return null;
            switch (text.ToLowerInvariant())
            {
                case "tak" or "true" or "1" or "t" or "yes": return true;
                case "nie" or "false" or "0" or "n" or "no": return false;
                default:
                    problems.Add(new RecordProblem(line, name, $"'{text}' is not tak/nie (true/false)."));
                    return null;
            }
        }
        DateOnly? Date(string name)
        {
            if (Cell(name) is not { } text) return null;
            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            problems.Add(new RecordProblem(line, name, $"'{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)."));
            return null;
        }

        var start = Date("runStart");
        var run = start is null && Cell("runEnd") is null ? null
            : new FeedRun(start, Date("runEnd"), Date("enrolmentDeadline"), Int("places"), Money("runPricePln"));
        double? Coordinate(string name)
        {
            if (Cell(name) is not { } text) return null;
            if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            problems.Add(new RecordProblem(line, name, $"'{text}' is not a coordinate (e.g. 51,7592)."));
            return null;
        }
        var location = Cell("city") is { } city
            ? new FeedLocation(city)
            {
                Address = Cell("address"), PostalCode = Cell("postalCode"), PowiatCode = Cell("powiatCode"), GminaCode = Cell("gminaCode"),
                Latitude = Coordinate("latitude"), Longitude = Coordinate("longitude"),
            }
            : null;
        return new FeedOffer
        {
            Row = line,
            ExternalId = Cell("externalId"),
            Sector = Cell("sector"),
            Kind = Cell("kind"),
            Title = Cell("title"),
            Description = Cell("description"),
            LearningOutcomes = List("learningOutcomes"),
            AdmissionRequirements = Cell("admissionRequirements"),
            TargetGroup = Cell("targetGroup"),
            PrkLevel = Int("prkLevel"),
            IscedCodes = List("iscedCodes"),
            ProfessionCodes = List("professionCodes"),
            QualificationCodes = List("qualificationCodes"),
            StudyField = Cell("studyField"),
            Mode = Cell("mode"),
            Languages = List("languages"),
            DurationHours = Int("durationHours"),
            DurationSemesters = Int("durationSemesters"),
            IsFree = Flag("isFree"),
            PricePln = Money("pricePln"),
            Funding = List("funding"),
            IsOnline = Flag("isOnline"),
            Certificate = Cell("certificate"),
            ContactEmail = Cell("contactEmail"),
            ContactPhone = Cell("contactPhone"),
            Url = Cell("url"),
            Runs = run is null ? [] : [run],
            Locations = location is null ? [] : [location],
        };
    }
}
