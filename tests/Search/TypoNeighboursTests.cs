using Catalogue.Search.Lucene;

namespace Catalogue.Tests.Search;

public sealed class TypoNeighboursTests
{
    [Theory]
    [InlineData("spawanie", "spawanie", 0)]
    [InlineData("spawnie", "spawanie", 1)]      // a letter left out
    [InlineData("infromatyka", "informatyka", 1)] // neighbours swapped: one edit, as the search counts it
    [InlineData("tapicre", "tapicer", 1)]
    [InlineData("kucharz", "kucharka", 2)]
    public void Edits_count_a_swap_of_neighbours_as_one(string typed, string word, int edits) =>
        Assert.Equal(edits, LuceneSpelling.Distance(typed, word, max: 2));
}
