using System.Text;

namespace Catalogue.Search;

/// <summary>
/// Lower-cases and strips Polish (and other Latin) diacritics: "Łódź" → "lodz". Users type on phones without Polish
/// letters, so every comparison of names the user typed (towns, search terms) goes through this one function.
/// <c>ł</c> needs its own rule: it is a letter of its own in Unicode, not l with a combining mark.
/// </summary>
public static class PolishFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch
            {
                'ł' or 'Ł' => 'l',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }
}
