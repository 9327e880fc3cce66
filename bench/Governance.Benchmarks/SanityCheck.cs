using Governance.Benchmarks.Checks;
using Governance.Benchmarks.Corpus;

namespace Governance.Benchmarks;

/// <summary>Loads one copy of the corpus and shows what each engine finds, and that they agree.</summary>
internal static class SanityCheck
{
    public static void Run(TextWriter output)
    {
        using var folder = CorpusFolder.Write(1);
        var authorities = CorpusFolder.LoadOneByOne(folder.AllFiles);
        output.WriteLine($"Loaded {authorities.Count} authorities.");

        var hand = HandWrittenChecks.Run(authorities, EnglandCorpus.AsAt);
        output.WriteLine($"Hand-written: {hand.Count} findings: {Agreement.Summary(hand.Select(f => f.RuleId))}");

        var rulesEngine = new RulesEngineChecks().Run(authorities, EnglandCorpus.AsAt);
        output.WriteLine($"RulesEngine: {rulesEngine.Count} findings: {Agreement.Summary(rulesEngine.Select(f => f.RuleId))}");

        Agreement.RequireRulesEngineMatches(hand, rulesEngine);
        output.WriteLine("Hand-written and RulesEngine agree.");
    }
}
