namespace Catalogue.Tests.Readme;

/// <summary>
/// Runs a README block with bash, as a reader would paste it into a shell next to a started catalogue. Three
/// translations stand between the text and the test machine, and nothing else: <c>localhost:5000</c> is the test API's
/// address, <c>dotnet run --project indexer/Cli --</c> runs the already built CLI, and <c>api/data</c> is the test
/// API's data directory. Every curl must answer 2xx/3xx unless it is a command of its own whose comment names the status it shows
/// (<c># 400 …</c>).
/// </summary>
public static class ReadmeShell
{
    private const string Preamble = """
        set -euo pipefail
        curl() {
          local args=() a
          for a in "$@"; do args+=("${a//localhost:5000/$README_API}"); done
          local err status
          err=$(mktemp)
          if ! command curl -sS -w '%{stderr}%{http_code}' "${args[@]}" 2>"$err"; then cat "$err" >&2; echo "README_FAIL: curl failed: curl $*" >&2; return 1; fi
          status=$(tail -c 3 "$err"); head -c -3 "$err" >&2; rm -f "$err"
          if [ -n "${EXPECT_STATUS:-}" ]; then
            [ "$status" = "$EXPECT_STATUS" ] || { echo "README_FAIL: expected HTTP $EXPECT_STATUS, got $status: curl $*" >&2; return 1; }
          elif [ "$status" -ge 400 ]; then echo "README_FAIL: HTTP $status: curl $*" >&2; return 1; fi
        }
        dotnet() {
          if [ "${1:-}" = run ] && [ "${2:-}" = --project ] && [ "${3:-}" = indexer/Cli ] && [ "${4:-}" = -- ]; then
            shift 4; command dotnet "$README_CLI" "$@"
          else echo "README_FAIL: the test does not run 'dotnet $*'; fence the block as 'bash manual'" >&2; return 1; fi
        }

        """;

    public sealed record Outcome(int ExitCode, string Output);

    public static async Task<Outcome> RunAsync(string block, string workspace, IDictionary<string, string> environment)
    {
        var script = new StringBuilder(Preamble);
        foreach (var command in ReadmeBlocks.Commands(block))
        {
            // Only a bare curl takes the promise: a prefix on an assignment would outlive its command.
            var expected = command.StartsWith("curl ", StringComparison.Ordinal) ? ReadmeBlocks.ExpectedStatus(command) : null;
            script.Append(expected is null ? "" : $"EXPECT_STATUS={expected} ").Append(command).Append('\n');
        }
        var file = Path.Combine(workspace, $"readme-{Guid.NewGuid():n}.sh");
        await File.WriteAllTextAsync(file, script.ToString());
        var info = new ProcessStartInfo("bash", [file])
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
        var output = await stdout;
        if (output.Length > 3000) output = "…" + output[^3000..];
        return new Outcome(process.HasExited ? process.ExitCode : -1, await stderr + "\n--- stdout (end) ---\n" + output);
    }
}
