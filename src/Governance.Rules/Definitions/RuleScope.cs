namespace Governance.Rules.Definitions;

/// <summary>Which authorities a rule looks at in one evaluation of it.</summary>
internal enum RuleScope
{
    /// <summary>
    /// One authority at a time (the default): the rule runs in a session holding one authority's facts and the
    /// evaluation date, so a pattern can never match another council's posts or boards.
    /// </summary>
    Authority,

    /// <summary>
    /// The authorities evaluated together that refer to one another (a joint post, a represented authority, a
    /// district): the rule compares authorities, so it runs in a session holding all of them. Written
    /// <c>scope: across-authorities</c>.
    /// </summary>
    AcrossAuthorities,
}
