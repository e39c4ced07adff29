using System.Text.RegularExpressions;

namespace Catalogue.Tests.Readme;

/// <summary>A fenced code block of the README: its info string (<c>bash</c>, <c>bash manual</c>…), text and first line.</summary>
public sealed record ReadmeBlock(string Info, string Text, int Line, string Section)
{
    public string Name => $"README line {Line} ({Section})";
}

/// <summary>Reads the README's fenced blocks and cuts a shell block into its commands.</summary>
public static class ReadmeBlocks
{
    public static string ReadmeText => File.ReadAllText(Path.Combine(Catalogue.Tests.OpenApi.RepositoryRoot.Path, "README.md"));

    public static IReadOnlyList<ReadmeBlock> Parse(string markdown)
    {
        var blocks = new List<ReadmeBlock>();
        var lines = markdown.Split('\n');
        var section = "top";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) section = lines[i][3..].Trim();
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            var info = lines[i][3..].Trim();
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal)) end++;
            blocks.Add(new ReadmeBlock(info, string.Join('\n', lines[start..end]), start, section));
            i = end;
        }
        return blocks;
    }

    /// <summary>
    /// The block's commands, each with its continuation lines (a trailing backslash, or a quote still open at the end
    /// of a line), so that a comment's expected status ("# 400 …", "# → 202 …") can be tied to its command.
    /// </summary>
    public static IReadOnlyList<string> Commands(string block)
    {
        var commands = new List<string>();
        var current = new StringBuilder();
        var quote = '\0';
        foreach (var line in block.Split('\n'))
        {
            current.Append(line).Append('\n');
            var escaped = false;
            var previous = ' ';
            foreach (var c in line)
            {
                var before = previous;
                previous = c;
                if (escaped) { escaped = false; continue; }
                if (quote == '\'') { if (c == '\'') quote = '\0'; continue; }
                if (c == '\\') { escaped = true; continue; }
                if (quote == '"') { if (c == '"') quote = '\0'; continue; }
                if (c == '#' && char.IsWhiteSpace(before)) break; // a comment: its apostrophes open nothing
                if (c is '\'' or '"') quote = c;
            }
            var continues = quote != '\0' || line.TrimEnd().EndsWith('\\');
            if (continues) continue;
            if (current.ToString().Trim().Length > 0) commands.Add(current.ToString().TrimEnd('\n'));
            current.Clear();
        }
        if (current.ToString().Trim().Length > 0) commands.Add(current.ToString().TrimEnd('\n'));
        return commands;
    }

    /// <summary>The status a command's comment promises ("# 400 problem…", "# → 202, Location…"), if any.</summary>
    public static string? ExpectedStatus(string command)
    {
        var match = Regex.Match(command, @"\s#\s*(?:→\s*)?([1-5]\d\d)\b[^\n]*$");
        return match.Success ? match.Groups[1].Value : null;
    }
}
