using BenchmarkDotNet.Attributes;
using Governance.Benchmarks.Checks;
using Governance.Corpus;
using Governance.Model;
using Governance.Rules;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// The same checks three ways over the same loaded model, side by side in one run: the shipped rules in our engine,
/// the checks hand-written in C# (the baseline), and Microsoft RulesEngine (every check but the cross-authority
/// one, which it cannot express). Each copy of England is evaluated as its own set. At setup the three must find
/// the same things, or the run stops.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    // Departures are a step of our evaluation that the other two do not have; leave it out of the comparison.
    private static readonly EvaluationOptions Options = new() { AsAt = EnglandCorpus.AsAt, IgnoreDepartures = true };

    private IReadOnlyList<IReadOnlyList<Authority>> copies = [];
    private RuleSet rules = null!;
    private RulesEngineChecks rulesEngine = null!;

    /// <summary>How many copies of England are checked.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    /// <summary>Loads the corpus, warms each engine, and requires them to agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using (var folder = CorpusFolder.Write(Scale))
        {
            copies = folder.LoadCopies();
        }

        rules = ShippedRules.Load();
        rulesEngine = new RulesEngineChecks();
        foreach (var england in copies)
        {
            var hand = HandWrittenChecks.Run(england, EnglandCorpus.AsAt);
            Agreement.RequireRulesMatch(rules.Evaluate(england, Options), hand);
            var re = rulesEngine.Run(england, EnglandCorpus.AsAt);
            Agreement.RequireRulesEngineMatches(hand, re);
        }
    }

    /// <summary>The checks hand-written in C#.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var count = 0;
        foreach (var england in copies)
        {
            count += HandWrittenChecks.Run(england, EnglandCorpus.AsAt).Count;
        }

        return count;
    }

    /// <summary>The shipped rules in our engine, compiled once at setup.</summary>
    [Benchmark]
    public int Rules()
    {
        var count = 0;
        foreach (var england in copies)
        {
            count += rules.Evaluate(england, Options).Findings.Count;
        }

        return count;
    }

    /// <summary>The checks in Microsoft RulesEngine, one workflow run per authority.</summary>
    [Benchmark]
    public int RulesEngine()
    {
        var count = 0;
        foreach (var england in copies)
        {
            count += rulesEngine.Run(england, EnglandCorpus.AsAt).Count;
        }

        return count;
    }
}
