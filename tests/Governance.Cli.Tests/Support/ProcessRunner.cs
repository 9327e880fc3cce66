using System.Diagnostics;
using System.Text;

namespace Governance.Cli.Tests.Support;

/// <summary>What a child process gave: its exit code and everything it wrote.</summary>
internal sealed record ProcessOutcome(string Command, int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines =>
        Stdout.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    public override string ToString() => $"{Command}\nexit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs programs the way a CI job would: the .NET SDK that runs these tests, a clean environment (no MSBuild state
/// inherited from the test run, no build servers left behind), output read as it comes, and a time limit.
/// </summary>
internal static class ProcessRunner
{
    /// <summary>The folder of the .NET installation running the tests (the one holding <c>dotnet</c> and <c>shared/</c>).</summary>
    public static string DotnetRoot { get; } = FindDotnetRoot();

    /// <summary>The <c>dotnet</c> executable of <see cref="DotnetRoot"/>.</summary>
    public static string Dotnet => Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    public static ProcessOutcome Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeLimit,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Clean(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException(
                $"{Describe(fileName, start.ArgumentList)} did not finish within {timeLimit}.\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");
        }

        // The parameterless wait also waits for the redirected output to be read to its end.
        process.WaitForExit();
        return new ProcessOutcome(Describe(fileName, start.ArgumentList), process.ExitCode, Text(stdout), Text(stderr));
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static string Describe(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));

    /// <summary>
    /// Drops what the test run's own build put in the environment (MSBuild paths, a build server's pipe) and keeps the
    /// child from leaving build servers running, which would hold the output pipes open.
    /// </summary>
    private static void Clean(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("MSBUILD", StringComparison.Ordinal)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_ROOT"] = DotnetRoot;
    }

    private static string FindDotnetRoot()
    {
        // The runtime running this test lives in <root>/shared/Microsoft.NETCore.App/<version>/.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Directory.GetParent(runtime)?.Parent?.Parent?.FullName;
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (root is not null && File.Exists(Path.Combine(root, executable)))
        {
            return root;
        }

        throw new InvalidOperationException($"No {executable} found above the running runtime ({runtime}).");
    }
}
