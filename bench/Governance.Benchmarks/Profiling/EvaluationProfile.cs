using System.Diagnostics;
using Governance.Corpus;
using Governance.Model;
using Governance.Rules;
using Governance.Rules.Engine;
using Governance.Rules.Evaluation.Running;

namespace Governance.Benchmarks.Profiling;

/// <summary>
/// A loop to profile evaluation under <c>dotnet-trace</c>, or to read its time and allocation per run without
/// BenchmarkDotNet: <c>-- profile SCALE RUNS [one-session]</c>. Not a benchmark: its numbers are for finding where the
/// time goes, not for quoting.
/// </summary>
internal static class EvaluationProfile
{
    private static readonly EvaluationOptions Options = new() { AsAt = EnglandCorpus.AsAt, IgnoreDepartures = true };

    public static void Run(int scale, int runs, bool oneSession, TextWriter output)
    {
        IReadOnlyList<IReadOnlyList<Authority>> copies;
        using (var folder = CorpusFolder.Write(scale))
        {
            copies = folder.LoadCopies();
        }

        Authority[] all = [.. copies.SelectMany(c => c)];
        var rules = ShippedRules.Load();
        output.WriteLine($"Loaded {all.Length} authorities; evaluating {(oneSession ? "all in one session" : "each copy on its own")}, {runs} runs.");

        if (runs < 0)
        {
            Breakdown(rules, oneSession ? [all] : copies, -runs, output);
            return;
        }

        for (var run = 0; run < runs; run++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var findings = 0;
            if (oneSession)
            {
                findings = rules.Evaluate(all, Options).Findings.Count;
            }
            else
            {
                foreach (var england in copies)
                {
                    findings += rules.Evaluate(england, Options).Findings.Count;
                }
            }

            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            output.WriteLine($"run {run + 1}: {clock.Elapsed.TotalMilliseconds:F2} ms, {allocated / 1024.0:F0} KB allocated, {findings} findings");
        }
    }

    /// <summary>Time and allocation of each step of evaluation, and of the engine with one rule in force at a time.</summary>
    private static void Breakdown(RuleSet rules, IReadOnlyList<IReadOnlyList<Authority>> sets, int runs, TextWriter output)
    {
        var asAt = EnglandCorpus.AsAt;
        var steps = new List<(string Name, Func<int> Step)>
        {
            ("facts", () => sets.Sum(set => AuthorityFacts.Of(set, rules.Compiled.MayRead).Count)),
            ("session facts", () => sets.Sum(set => SessionFacts.Prepare(AuthorityFacts.Of(set, rules.Compiled.MayRead), rules.Compiled.MayRead, new FactOrder(null)).Count)),
            ("engine, no rule", () => Engine(_ => false)),
            ("engine, all rules", () => Engine(_ => true)),
            ("Evaluate", () => sets.Sum(set => rules.Evaluate(set, Options).Findings.Count)),
        };
        foreach (var rule in rules.Rules)
        {
            steps.Add(("engine, " + rule.Id, () => Engine(d => d.Id == rule.Id || d.Id == "two-tier-area")));
        }

        foreach (var (name, step) in steps)
        {
            var best = double.MaxValue;
            long allocated = 0;
            var result = 0;
            for (var run = 0; run < runs; run++)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                result = step();
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }

            output.WriteLine($"{name,-50} best {best,9:F3} ms {allocated / 1024.0,10:F0} KB   (gives {result})");
        }

        int Engine(Func<Rules.Definitions.RuleDefinition, bool> active) =>
            sets.Sum(set => rules.Compiled.Evaluate(AuthorityFacts.Of(set, rules.Compiled.MayRead), new EngineOptions { AsAt = asAt, IsActive = active }).Matches.Count);
    }
}
