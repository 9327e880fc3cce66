using BenchmarkDotNet.Attributes;
using Governance.Corpus;
using Governance.Model;
using Governance.Rules;
using Governance.Rules.Evaluation;
using Governance.Rules.Guidance;
using Governance.Rules.Loading;
using Old = Governance.Rules.LegacyEngine;
using NRulesEngine = Governance.Rules.Engine;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// The home-made matcher the project started with against NRules, in one run, over 1, 10 and 100 copies of England:
/// each copy evaluated by the engine alone (no findings built). The old engine matched a whole copy in one session;
/// NRules runs each authority in its own session, on both cores (<c>NRulesEachAuthority</c>) or on one
/// (<c>NRulesEachAuthorityOneCore</c>). Before timing, the two must agree match for match on every copy.
/// </summary>
[MemoryDiagnoser]
public class EngineComparisonBenchmarks
{
    private Old.CompiledRules legacy = null!;
    private NRulesEngine.CompiledRules nrules = null!;
    private IReadOnlyList<IReadOnlyList<Authority>> copies = [];
    private Func<Rules.Definitions.RuleDefinition, bool> inForce = null!;

    /// <summary>How many copies of England are evaluated.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Compiles the shipped rules with both engines and loads the corpus; checks the engines agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var catalogue = GuidanceCatalogueLoader.LoadFolder(Path.Combine(ShippedRules.Folder, "guidance")).Catalogue;
        var loaded = RuleFilesLoader.LoadFolder(ShippedRules.Folder, catalogue);
        legacy = Old.RuleCompiler.Compile(loaded.Definitions).Rules ?? throw new InvalidOperationException("The old engine did not compile the rules.");
        nrules = NRulesEngine.RuleCompiler.Compile(loaded.Definitions).Rules ?? throw new InvalidOperationException("NRules did not compile the rules.");
        inForce = rule => loaded.MetadataOf(rule.Id)!.Effective.Contains(EnglandCorpus.AsAt);
        using (var folder = CorpusFolder.Write(Scale))
        {
            copies = folder.LoadCopies();
        }

        foreach (var england in copies)
        {
            var old = Describe(Legacy(england).Matches.Select(m => (m.Rule.Id, m.Message)));
            var now = Describe(NRules(england, oneAtATime: false).Matches.Select(m => (m.Rule.Id, m.Message)));
            if (old != now)
            {
                throw new InvalidOperationException($"The engines disagree on a copy of England:\nold:\n{old}\nNRules:\n{now}");
            }
        }
    }

    /// <summary>The old engine, one session per copy of England.</summary>
    [Benchmark(Baseline = true)]
    public int OldEngine() => copies.Sum(england => Legacy(england).Matches.Count);

    /// <summary>NRules, one session per authority, on every core.</summary>
    [Benchmark]
    public int NRulesEachAuthority() => copies.Sum(england => NRules(england, oneAtATime: false).Matches.Count);

    /// <summary>NRules, one session per authority, one after another on one core.</summary>
    [Benchmark]
    public int NRulesEachAuthorityOneCore() => copies.Sum(england => NRules(england, oneAtATime: true).Matches.Count);

    private static string Describe(IEnumerable<(string Rule, string Message)> matches) =>
        string.Join("\n", matches.Select(m => $"{m.Rule}: {m.Message}").Order(StringComparer.Ordinal));

    private Old.EngineResult Legacy(IReadOnlyList<Authority> england) =>
        legacy.Evaluate(AuthorityFacts.Of(england, legacy.MayRead), new Old.EngineOptions { AsAt = EnglandCorpus.AsAt, IsActive = inForce });

    private NRulesEngine.EngineResult NRules(IReadOnlyList<Authority> england, bool oneAtATime)
    {
        var options = new NRulesEngine.EngineOptions { AsAt = EnglandCorpus.AsAt, IsActive = inForce };
        return AuthoritySessions.Evaluate(nrules, england, _ => options, _ => options, oneAtATime, CancellationToken.None);
    }
}

/// <summary>Compiling the shipped rules (already read and checked) with the old engine and with NRules.</summary>
[MemoryDiagnoser]
public class CompileComparisonBenchmarks
{
    private IReadOnlyList<Rules.Definitions.RuleDefinition> definitions = [];

    /// <summary>Reads the shipped rules once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var catalogue = GuidanceCatalogueLoader.LoadFolder(Path.Combine(ShippedRules.Folder, "guidance")).Catalogue;
        definitions = RuleFilesLoader.LoadFolder(ShippedRules.Folder, catalogue).Definitions;
    }

    /// <summary>The old engine's compiler.</summary>
    [Benchmark(Baseline = true)]
    public object? OldCompile() => Old.RuleCompiler.Compile(definitions).Rules;

    /// <summary>Translating to NRules' rule model and compiling the session factories.</summary>
    [Benchmark]
    public object? NRulesCompile() => NRulesEngine.RuleCompiler.Compile(definitions).Rules;

    /// <summary>The whole of <c>RuleSet.Load(folder)</c> with NRules: reading, checking and compiling.</summary>
    [Benchmark]
    public object? NRulesLoadAndCompile() => RuleSet.LoadOrThrow(ShippedRules.Folder);
}
