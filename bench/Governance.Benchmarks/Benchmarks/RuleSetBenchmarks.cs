using BenchmarkDotNet.Attributes;
using Governance.Corpus;
using Governance.Rules;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>Loading the shipped rule set: reading the YAML, type-checking and compiling every rule.</summary>
[MemoryDiagnoser]
public class RuleSetBenchmarks
{
    /// <summary>Checks that the shipped rule set loads.</summary>
    [GlobalSetup]
    public void Setup() => _ = ShippedRules.Load();

    /// <summary><c>RuleSet.Load("rules")</c>: files, parse, check, compile.</summary>
    [Benchmark]
    public int LoadAndCompileShippedRules()
    {
        var result = RuleSet.Load(ShippedRules.Folder);
        return result.RuleSet?.Rules.Count ?? throw new InvalidOperationException("The shipped rule set did not load.");
    }
}
