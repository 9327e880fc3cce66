using BenchmarkDotNet.Attributes;
using Governance.Corpus;
using Governance.Model;
using Governance.Rules;
using Governance.Rules.Reports;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// Writing the HTML report of England: the corpus is loaded and evaluated once, outside the benchmark; each run writes
/// the whole page (matrix, tally per paragraph, a section per authority) to a string. Target: well under a second.
/// </summary>
[MemoryDiagnoser]
public class HtmlReportBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsAt = EnglandCorpus.AsAt };

    private RuleSet rules = null!;
    private IReadOnlyList<Authority> england = [];
    private EvaluationResult result = null!;

    /// <summary>Loads the rule set and one copy of England, and evaluates it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        rules = ShippedRules.Load();
        using (var folder = CorpusFolder.Write(1))
        {
            england = folder.LoadCopies()[0];
        }

        result = rules.Evaluate(england, Options);
        if (!result.Complete || result.Errors.Count > 0)
        {
            throw new InvalidOperationException("The England corpus did not evaluate cleanly.");
        }
    }

    /// <summary>The report of England, written to a string; returns its length.</summary>
    [Benchmark]
    public int WriteEnglandReport()
    {
        using var output = new StringWriter();
        HtmlReport.Write(result, rules.Rules, england, output);
        return output.GetStringBuilder().Length;
    }
}
