namespace Governance.Rules;

/// <summary>How strongly the guidance binds an authority to what a rule checks. Severity follows it.</summary>
public enum Obligation
{
    /// <summary>A legal requirement (the Act, regulations). A finding is an error and cannot be departed from.</summary>
    Must,

    /// <summary>
    /// Statutory guidance: authorities "must take the guidance into account and if they decide to depart from it have
    /// clear reasons for doing so" (para 1.12). A finding is a warning unless the authority records a departure.
    /// </summary>
    Should,

    /// <summary>Advice: "not recommended", "may", "could". A finding is a note.</summary>
    Advisory,
}

/// <summary>How serious a finding is; it follows the rule's <see cref="Obligation"/>.</summary>
public enum Severity
{
    /// <summary>A legal requirement is not met.</summary>
    Error,

    /// <summary>Statutory guidance is not followed and no valid departure is recorded.</summary>
    Warning,

    /// <summary>Advice is not followed.</summary>
    Note,
}

/// <summary>Whether a finding stands, or the authority has recorded a valid departure from the guidance for it.</summary>
public enum FindingStatus
{
    /// <summary>The finding stands.</summary>
    Open,

    /// <summary>The authority recorded a valid departure (comply or explain, para 1.12): shown, not failing.</summary>
    Departed,
}

/// <summary>What follows from an <see cref="Obligation"/>.</summary>
public static class Obligations
{
    /// <summary>The severity of a finding of a rule with this obligation.</summary>
    /// <param name="obligation">The rule's obligation.</param>
    public static Severity Severity(this Obligation obligation) => obligation switch
    {
        Obligation.Must => Rules.Severity.Error,
        Obligation.Should => Rules.Severity.Warning,
        _ => Rules.Severity.Note,
    };
}
