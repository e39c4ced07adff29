using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.TokenAttributes;

namespace Catalogue.Bench;

/// <summary>
/// The check of spike §5, printed by <c>hunspell-fold</c>: over a sample of real inflected forms (every Nth dictionary entry
/// with each of its suffix rules and the <c>nie-</c> prefix applied), the folded dictionary's stems of the folded form must
/// include every folded stem the original dictionary gives for the form as written. Any lost stem fails the command.
/// </summary>
internal static class HunspellFoldCheck
{
    private sealed record Rule(string Strip, string Affix, Regex Condition, bool CrossProduct);

    public static int Run(string affPath, string dicPath, List<string> foldedAff, List<string> foldedDic, string[] affLines, string[] dicLines, int sampleEvery)
    {
        var watch = Stopwatch.StartNew();
        Dictionary original, folded;
        using (var aff = File.OpenRead(affPath))
        using (var dic = File.OpenRead(dicPath))
            original = new Dictionary(aff, [dic], ignoreCase: true);
        using (var aff = Utf8(foldedAff))
        using (var dic = Utf8(foldedDic))
            folded = new Dictionary(aff, [dic], ignoreCase: true);
        Console.WriteLine($"Loaded both dictionaries in {watch.ElapsedMilliseconds} ms.");

        var forms = SampleForms(affLines, dicLines, sampleEvery);
        int identical = 0, superset = 0, lost = 0;
        var examples = new List<string>();
        foreach (var form in forms)
        {
            var expected = Stems(original, form).Select(PolishFolding.Fold).ToHashSet();
            var actual = Stems(folded, PolishFolding.Fold(form)).ToHashSet();
            if (!expected.IsSubsetOf(actual))
            {
                lost++;
                if (examples.Count < 20) examples.Add($"{form}: expected {string.Join(", ", expected)}; folded gives {string.Join(", ", actual)}");
            }
            else if (expected.SetEquals(actual)) identical++;
            else superset++;
        }
        Console.WriteLine($"Check over {forms.Count:N0} forms (every {sampleEvery}th entry, all its affixes): {identical:N0} identical stems, " +
                          $"{superset:N0} a superset, {lost:N0} lost a stem. ({watch.Elapsed.TotalSeconds:N1} s)");
        foreach (var example in examples) Console.WriteLine($"  lost: {example}");
        return lost == 0 ? 0 : 1;
    }

    private static List<string> SampleForms(string[] affLines, string[] dicLines, int sampleEvery)
    {
        var suffixes = new Dictionary<char, List<Rule>>();
        var prefixes = new Dictionary<char, List<Rule>>();
        var cross = new Dictionary<(string, char), bool>();
        foreach (var fields in affLines.Select(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
        {
            if (fields.Length < 4 || fields[0] is not ("PFX" or "SFX")) continue;
            var flag = fields[1][0];
            if (fields.Length == 4) { cross[(fields[0], flag)] = fields[2] == "Y"; continue; }
            var target = fields[0] == "SFX" ? suffixes : prefixes;
            if (!target.TryGetValue(flag, out var rules)) target[flag] = rules = [];
            var condition = fields[0] == "SFX" ? fields[4] + "$" : "^" + fields[4];
            rules.Add(new Rule(fields[2] == "0" ? "" : fields[2], fields[3] == "0" ? "" : fields[3], new Regex(condition, RegexOptions.CultureInvariant), cross[(fields[0], flag)]));
        }

        var forms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < dicLines.Length; i += sampleEvery)
        {
            var slash = dicLines[i].IndexOf('/', StringComparison.Ordinal);
            var word = (slash < 0 ? dicLines[i] : dicLines[i][..slash]).ToLowerInvariant();
            var flags = slash < 0 ? "" : dicLines[i][(slash + 1)..];
            var withSuffixes = new List<(string Form, bool Cross)> { (word, true) };
            foreach (var rule in flags.SelectMany(f => suffixes.GetValueOrDefault(f, [])))
            {
                if (word.EndsWith(rule.Strip, StringComparison.Ordinal) && rule.Condition.IsMatch(word))
                    withSuffixes.Add((word[..^rule.Strip.Length] + rule.Affix, rule.CrossProduct));
            }
            foreach (var (form, _) in withSuffixes) forms.Add(form);
            foreach (var rule in flags.SelectMany(f => prefixes.GetValueOrDefault(f, [])))
            {
                foreach (var (form, _) in withSuffixes.Where(s => s.Form == word || (s.Cross && rule.CrossProduct)))
                {
                    if (form.StartsWith(rule.Strip, StringComparison.Ordinal) && rule.Condition.IsMatch(word))
                        forms.Add(rule.Affix + form[rule.Strip.Length..]);
                }
            }
        }
        return [.. forms];
    }

    internal static List<string> Stems(Dictionary dictionary, string word)
    {
        var stems = new List<string>();
        using var tokenizer = new KeywordTokenizer(new StringReader(word));
        using var filter = new HunspellStemFilter(tokenizer, dictionary, dedup: true, longestOnly: false);
        var term = filter.AddAttribute<ICharTermAttribute>();
        filter.Reset();
        while (filter.IncrementToken()) stems.Add(term.ToString());
        filter.End();
        return stems;
    }

    private static MemoryStream Utf8(List<string> lines) => new(new UTF8Encoding(false).GetBytes(string.Join('\n', lines) + "\n"));
}
