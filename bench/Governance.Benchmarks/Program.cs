using BenchmarkDotNet.Running;
using Governance.Benchmarks.Corpus;

namespace Governance.Benchmarks;

/// <summary>
/// The benchmark runner: <c>dotnet run -c Release --project bench/Governance.Benchmarks -- --filter '*' --job short</c>.
/// <c>-- check</c> loads the corpus and shows that the engines compared find the same things.
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

        if (args is ["check"])
        {
            SanityCheck.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
