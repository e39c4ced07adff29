using System.Globalization;
using System.Text.RegularExpressions;

namespace Catalogue.Tests.Metrics;

/// <summary>One scrape of <c>/metrics</c>, read as Prometheus reads the text format: samples with labels and a value.</summary>
internal sealed partial class PrometheusScrape(IReadOnlyList<PrometheusScrape.Sample> samples)
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public IReadOnlyList<Sample> Samples { get; } = samples;

    public static PrometheusScrape Parse(string text) => new([.. text.Split('\n')
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => SampleLine().Match(line))
        .Where(match => match.Success)
        .Select(match => new Sample(
            match.Groups["name"].Value,
            LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(l => l.Groups["key"].Value, l => l.Groups["value"].Value),
            double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)))]);

    /// <summary>The sum of a metric's samples whose labels include every given pair (0 when there are none).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) => Matching(name, labels).Sum(s => s.Value);

    public IEnumerable<Sample> Matching(string name, params (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    public bool Has(string name) => Samples.Any(s => s.Name == name);

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
