using BenchmarkDotNet.Running;
using System.Globalization;
using Governance.Corpus;
using Governance.Benchmarks.Profiling;

namespace Governance.Benchmarks;

/// <summary>
/// The benchmark runner: <c>dotnet run -c Release --project bench/Governance.Benchmarks -- --filter '*' --job short</c>.
/// <c>-- check</c> loads the corpus and shows that the engines compared find the same things.
/// <c>-- profile SCALE RUNS [one-session]</c> evaluates the corpus RUNS times, printing time and allocation, to profile.
/// <c>-- corpus FOLDER</c> writes one copy of the generated corpus to a folder instead, to look at or to check with the CLI.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["corpus", var folder])
        {
            Directory.CreateDirectory(folder);
            foreach (var (fileName, text) in EnglandCorpus.Files)
            {
                File.WriteAllText(Path.Combine(folder, fileName), text);
            }

            Console.WriteLine($"Wrote {EnglandCorpus.Files.Count} authority files to {folder}.");
            return;
        }

        if (args is ["profile", var scale, var runs, .. var rest])
        {
            EvaluationProfile.Run(
                int.Parse(scale, CultureInfo.InvariantCulture),
                int.Parse(runs, CultureInfo.InvariantCulture),
                rest is ["one-session"],
                Console.Out);
            return;
        }

        if (args is ["check"])
        {
            SanityCheck.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
