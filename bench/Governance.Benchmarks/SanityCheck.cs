using Governance.Benchmarks.Checks;
using Governance.Corpus;
using Governance.Rules;

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

        var rules = ShippedRules.Load();
        var ours = rules.Evaluate(authorities, new EvaluationOptions { AsAt = EnglandCorpus.AsAt, IgnoreDepartures = true });
        output.WriteLine($"The rules ({rules.Rules.Count}): {ours.Findings.Count} findings: {Agreement.Summary(ours.Findings.Select(f => f.RuleId))}");
        var notMirrored = Agreement.RequireRulesMatch(ours, hand);
        output.WriteLine($"The rules and hand-written agree, message for message, on the {HandWrittenChecks.CoveredRuleIds.Count} rules the hand-written checks mirror.");
        if (notMirrored.Count > 0)
        {
            output.WriteLine($"Rules in force the hand-written checks do not mirror (not compared): {string.Join(", ", notMirrored)}.");
        }

        var withDepartures = rules.Evaluate(authorities, new EvaluationOptions { AsAt = EnglandCorpus.AsAt });
        output.WriteLine($"With departures: {withDepartures.Findings.Count} findings, " +
            $"{withDepartures.Findings.Count(f => f.Status == FindingStatus.Departed)} departed: {Agreement.Summary(withDepartures.Findings.Select(f => f.RuleId))}");
    }
}
