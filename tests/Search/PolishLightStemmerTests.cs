namespace Catalogue.Tests.Search;

public sealed class PolishLightStemmerTests
{
    /// <summary>Word forms a user types, grouped by the offers they must find: every form in a group shares one stem.</summary>
    public static TheoryData<string, string[]> WordForms => new()
    {
        { "welding", ["spawacz", "spawania", "spawanie", "spawalnictwo", "spawaczy", "spawaniu", "spawalnictwa"] },
        { "informatics", ["informatyka", "informatyki", "informatyk", "informatycy", "informatyczne", "informatycznych"] },
        { "logistics", ["logistyka", "logistyk", "logistyczne", "logistycznej"] },
        { "cosmetics", ["kosmetyczka", "kosmetyczki", "kosmetyk", "kosmetyczne"] },
        { "accounting", ["księgowość", "księgowej", "księgowy", "księgowa", "księgowości", "ksiegowosc"] },
        { "hairdressing", ["fryzjer", "fryzjerstwo", "fryzjerski", "fryzjerskie", "fryzjerstwa"] },
        { "dependence", ["zależność", "zależności", "zaleznosc"] },
        { "car", ["samochodowy", "samochodowych", "samochodowe", "samochodowego"] },
        { "course", ["kurs", "kursy", "kursu", "kursów", "kursie"] },
        { "city", ["Łódź", "Łodzi", "lodz"] },
        { "training", ["szkolenie", "szkolenia", "szkoleniu", "szkoleniem"] },
    };

    [Theory]
    [MemberData(nameof(WordForms))]
    public void All_forms_of_a_word_share_one_stem(string meaning, string[] forms)
    {
        var stems = forms.Select(f => (Form: f, Stem: PolishLightStemmer.Stem(PolishFolding.Fold(f)))).ToList();
        Assert.True(stems.Select(s => s.Stem).Distinct().Count() == 1, $"{meaning}: {string.Join(", ", stems.Select(s => s.Form + "→" + s.Stem))}");
    }

    [Theory]
    [InlineData("spawacz", "mechanik")]
    [InlineData("technik", "techniczny")]
    [InlineData("informatyka", "informacja")]
    [InlineData("fryzjer", "frytki")]
    [InlineData("kurs", "kura")]
    public void Different_words_keep_different_stems(string one, string other) =>
        Assert.NotEqual(PolishLightStemmer.Stem(PolishFolding.Fold(one)), PolishLightStemmer.Stem(PolishFolding.Fold(other)));

    [Theory]
    [InlineData("ania")]
    [InlineData("ul")]
    [InlineData("b2")]
    public void Short_words_are_left_with_at_least_three_letters(string word) =>
        Assert.True(PolishLightStemmer.Stem(word).Length >= Math.Min(word.Length, PolishLightStemmer.MinStem));

    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("zależność", "zaleznosc")]
    [InlineData("Żółć", "zolc")]
    public void Folding_drops_case_and_Polish_letters(string text, string folded) =>
        Assert.Equal(folded, PolishFolding.Fold(text));
}
