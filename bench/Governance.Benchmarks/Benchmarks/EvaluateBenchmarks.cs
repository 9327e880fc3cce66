using BenchmarkDotNet.Attributes;
using Governance.Corpus;
using Governance.Model;
using Governance.Rules;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// Evaluation alone: the shipped rule set, compiled once outside the benchmark, evaluated over 1, 10 and 100 copies
/// of England already loaded. Time and memory should grow linearly with the number of authorities.
/// </summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsAt = EnglandCorpus.AsAt };

    private RuleSet rules = null!;
    private IReadOnlyList<IReadOnlyList<Authority>> copies = [];
    private Authority[] all = [];

    /// <summary>How many copies of England are evaluated.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Loads the rule set and the corpus; checks every copy gives the same findings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        rules = ShippedRules.Load();
        using (var folder = CorpusFolder.Write(Scale))
        {
            copies = folder.LoadCopies();
        }

        all = [.. copies.SelectMany(c => c)];
        var perCopy = copies.Select(c => rules.Evaluate(c, Options)).ToList();
        if (perCopy.Any(r => !r.Complete || r.Errors.Count > 0 || r.Findings.Count != perCopy[0].Findings.Count))
        {
            throw new InvalidOperationException("The copies of England do not evaluate alike, or an evaluation failed.");
        }
    }

    /// <summary>Each copy of England evaluated as its own set (a copy's codes repeat another's).</summary>
    [Benchmark(Baseline = true)]
    public int EvaluateEachEngland()
    {
        var findings = 0;
        foreach (var england in copies)
        {
            findings += rules.Evaluate(england, Options).Findings.Count;
        }

        return findings;
    }

    /// <summary>
    /// Every authority of every copy in one evaluation, one working memory. The cross-authority rule joins
    /// authorities by code, so here each joint DCS meets every copy of its partner: that one rule's work and
    /// findings grow with the square of the scale, by the data's design, not the engine's.
    /// </summary>
    [Benchmark]
    public int EvaluateAllInOneSession() => rules.Evaluate(all, Options).Findings.Count;
}
