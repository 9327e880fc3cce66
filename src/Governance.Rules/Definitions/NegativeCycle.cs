namespace Governance.Rules.Definitions;

/// <summary>
/// Rules that depend on each other in a cycle through <c>not</c>, <c>exists</c>, <c>all</c> or an aggregate (GOV301).
/// The rule loader finds such a cycle when it stops the fields of the derived kinds in it being worked out; the
/// compiler finds the others when it orders the rules. Both say it in the same words.
/// </summary>
internal static class NegativeCycle
{
    /// <summary>The code of the error.</summary>
    public const string Code = "GOV301";

    /// <summary>The message naming every rule in the cycle and what each derives or reads.</summary>
    /// <param name="ruleIds">The rules in the cycle.</param>
    /// <param name="links">For each rule that derives a kind, what it derives (and reads), such as <c>'a' derives A</c>.</param>
    public static string Message(IEnumerable<string> ruleIds, IEnumerable<string> links) =>
        $"The rules {string.Join(", ", ruleIds.Select(id => $"'{id}'"))} depend on each other in a cycle that passes " +
        $"through 'not', 'exists', 'all' or a count, collect or group ({string.Join("; ", links)}). A rule cannot depend on " +
        "the absence or number of facts that it, or a rule it feeds, derives: the answer would depend on the order the " +
        "rules run in. Break the cycle, for example by deriving the facts from the model's own facts instead.";
}
