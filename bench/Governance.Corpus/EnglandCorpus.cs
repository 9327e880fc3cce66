using Governance.Model;
using Governance.Model.Register;

namespace Governance.Corpus;

/// <summary>
/// A synthetic but realistic authority file for every children's services authority in England on 2010-04-01,
/// taken from the register embedded in Governance.Model. Faults (a DCS who is also DASS, a DCS missing from the
/// LSCB, two Lead Members, ...) and departures are spread over the authorities by a seeded <see cref="Random"/>,
/// so the corpus, and therefore the findings, are the same on every run.
/// </summary>
internal static class EnglandCorpus
{
    /// <summary>The date every file is recorded as at.</summary>
    public static readonly DateOnly AsAt = new(2010, 4, 1);

    /// <summary>The seed of the fault plan.</summary>
    public const int Seed = 2010;

    /// <summary>The plans, one per children's services authority, in GSS-code order.</summary>
    public static IReadOnlyList<AuthorityPlan> Plans { get; } = Plan();

    /// <summary>The files of one copy of England: (file name, YAML text), in GSS-code order.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Files { get; } =
        [.. Plans.Select(p => (FileNameOf(p), AuthorityYamlWriter.Write(p, AsAt)))];

    /// <summary>The file name of an authority's file: its code and a slug of its name.</summary>
    public static string FileNameOf(AuthorityPlan plan) => $"{plan.Code}-{Slug(plan.Name)}.yaml";

    private static List<AuthorityPlan> Plan()
    {
        var register = AuthorityRegister.Default;
        var authorities = register.ChildrensServicesAuthoritiesOn(AsAt)
            .OrderBy(a => a.GssCode, StringComparer.Ordinal)
            .ToList();
        var random = new Random(Seed);

        // Joint DCS appointments (s18(8)) between neighbouring London boroughs: two pairs recorded by both
        // sides, and one recorded by one side only (a fault the cross-authority rule finds).
        var boroughs = authorities.Where(a => a.Kind == AuthorityKind.LondonBorough).Select(a => a.GssCode).ToList();
        var joint = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Join(string from, string to)
        {
            if (!joint.TryGetValue(from, out var list))
            {
                joint[from] = list = [];
            }

            list.Add(to);
        }

        Join(boroughs[3], boroughs[4]);
        Join(boroughs[4], boroughs[3]);
        Join(boroughs[10], boroughs[11]);
        Join(boroughs[11], boroughs[10]);
        Join(boroughs[20], boroughs[21]); // recorded by one side only

        var plans = new List<AuthorityPlan>();
        foreach (var authority in authorities)
        {
            var kind = authority.Kind!.Value;
            var districts = kind == AuthorityKind.County
                ? register.All
                    .Where(d => d.Kind == AuthorityKind.District && d.CountyGssCode == authority.GssCode && d.ExistsOn(AsAt))
                    .OrderBy(d => d.GssCode, StringComparer.Ordinal)
                    .Select(d => (d.GssCode, d.OfficialName))
                    .ToList()
                : [];

            // Draw every chance in a fixed order, whatever the outcome, so one fault's share never shifts another's.
            var dcsAlsoDass = random.NextDouble() < 0.08;
            var dcsNotOnLscb = random.NextDouble() < 0.05;
            var dcsObserver = random.NextDouble() < 0.03;
            var twoLeadMembers = random.NextDouble() < 0.03;
            var notOnSmt = random.NextDouble() < 0.06;
            var vacancy = random.NextDouble();
            var interim = random.NextDouble() < 0.10;
            var noDistrict = random.NextDouble() < 0.25;
            var departFromDass = random.NextDouble() < 0.6;
            var departOverdue = random.NextDouble() < 0.3;
            var departFromSmt = random.NextDouble() < 0.5;

            var departures = new List<(string, bool)>();
            if (dcsAlsoDass && departFromDass)
            {
                departures.Add((RuleIds.DcsDassCombined, departOverdue));
            }

            if (notOnSmt && departFromSmt)
            {
                departures.Add((RuleIds.DcsOnSeniorManagementTeam, departOverdue));
            }

            plans.Add(new AuthorityPlan
            {
                Code = authority.GssCode,
                Name = authority.OfficialName,
                Kind = kind,
                Districts = districts,
                DetailSeed = random.Next(),
                DcsAlsoDass = dcsAlsoDass,
                DcsNotOnLscb = dcsNotOnLscb,
                DcsObserverOnLscb = !dcsNotOnLscb && dcsObserver,
                TwoLeadMembers = twoLeadMembers,
                DcsNotOnSeniorManagementTeam = notOnSmt,
                DcsVacant = vacancy < 0.015,
                DcsEnded = vacancy is >= 0.015 and < 0.03,
                DcsInterim = interim,
                NoDistrictOnChildrensTrustBoard = districts.Count > 0 && noDistrict,
                JointDcsWith = joint.TryGetValue(authority.GssCode, out var partners) ? partners : [],
                Departures = departures,
            });
        }

        return plans;
    }

    private static string Slug(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
