using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// Reads the authority's recorded departures from the guidance. Empty reasons are not a loading error: whether a
/// departure has clear reasons is for the rules to judge (para 1.12), so the loader keeps them as written.
/// </summary>
internal static class DepartureReader
{
    private static readonly string[] Keys = ["ruleId", "reasons", "decidedBy", "decidedOn", "reviewBy"];

    /// <summary>Reads one departure; <see langword="null"/> when it has errors.</summary>
    public static Departure? Read(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a departure", Keys, bag);
        var ruleId = reader.Text("ruleId", required: true);
        var reasons = reader.Value("reasons", required: true, "text, the reasons for departing") is { } node
            ? Values.Text(node, "'reasons'", required: false, bag, longText: true) ?? (node is YamlScalar ? string.Empty : null)
            : null;
        var decidedBy = reader.Text("decidedBy", required: true);
        var decidedOn = reader.Date("decidedOn", required: true);
        var reviewBy = reader.Date("reviewBy");
        if (decidedOn is { } decided && reviewBy is { } review && review < decided)
        {
            bag.Error(
                DiagnosticCodes.EndBeforeStart,
                $"'reviewBy' ({Values.Iso(review)}) is before 'decidedOn' ({Values.Iso(decided)}). A decision cannot be due for review before it is made.",
                reader.KeyLocation("reviewBy"));
        }

        if (bag.ErrorCount > errorsBefore || ruleId is null || reasons is null || decidedBy is null || decidedOn is null)
        {
            return null;
        }

        return new Departure
        {
            RuleId = ruleId,
            Reasons = reasons,
            DecidedBy = decidedBy,
            DecidedOn = decidedOn.Value,
            ReviewBy = reviewBy,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
