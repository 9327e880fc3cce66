using BenchmarkDotNet.Attributes;
using Governance.Corpus;
using Governance.Model.Loading;
using Governance.Rules;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// The whole of England end to end: the 152 authority files read and loaded, evaluated with the shipped rules, and
/// the findings written as text lines (the design's target: well under a second on this machine).
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsAt = EnglandCorpus.AsAt };

    private CorpusFolder? folder;
    private string[] files = [];
    private RuleSet rules = null!;

    /// <summary>Writes one copy of England to a temporary folder and compiles the rule set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = CorpusFolder.Write(1);
        files = [.. folder.AllFiles];
        rules = ShippedRules.Load();
    }

    /// <summary>Deletes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => folder?.Dispose();

    /// <summary>Files → model → evaluate → findings as text, with the rule set compiled once beforehand.</summary>
    [Benchmark(Baseline = true)]
    public int FilesToFindings() => Run(rules);

    /// <summary>The same, loading and compiling the shipped rule set as part of the run (as a CLI run does).</summary>
    [Benchmark]
    public int FilesToFindingsWithRuleSetLoad() => Run(ShippedRules.Load());

    private int Run(RuleSet ruleSet)
    {
        var loaded = AuthorityLoader.LoadFiles(files);
        if (loaded.HasErrors)
        {
            throw new InvalidOperationException("The generated corpus does not load as one set.");
        }

        var authorities = loaded.Authorities;
        var result = ruleSet.Evaluate(authorities, Options);
        using var report = new StringWriter();
        foreach (var finding in result.Findings)
        {
            report.WriteLine(finding.ToString());
        }

        return report.GetStringBuilder().Length;
    }
}
