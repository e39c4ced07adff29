using System.Text;

namespace Catalogue.Vocabularies;

/// <summary>Reads the small, trusted RFC 4180 files embedded under <c>Vocabularies/data</c>; provider feeds use the indexer's readers.</summary>
internal static class CsvTable
{
    public static List<Dictionary<string, string>> ReadEmbedded(string fileName)
    {
        using var stream = typeof(CsvTable).Assembly.GetManifestResourceStream("vocabularies/" + fileName)
            ?? throw new InvalidOperationException($"Vocabulary file {fileName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = Parse(reader.ReadToEnd());
        var header = rows[0];
        return rows.Skip(1)
            .Where(r => r.Count > 1 || r[0].Length > 0)
            .Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(x => x.h, x => x.v.Trim()))
            .ToList();
    }

    internal static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
