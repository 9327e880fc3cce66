using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>A binding's place in a rule's frame.</summary>
/// <param name="Name">The binding's name.</param>
/// <param name="ClrType">The type of the values bound.</param>
/// <param name="IsFact">Whether a pattern binds it (rather than an aggregate).</param>
internal sealed record FrameSlot(string Name, Type ClrType, bool IsFact);

/// <summary>
/// A rule ready to evaluate: its left-hand side as match nodes over a frame, and its action. Immutable and shared
/// by every session.
/// </summary>
internal sealed class CompiledRule
{
    private readonly int[] visibleSlots;

    /// <summary>Makes the compiled rule.</summary>
    public CompiledRule(RuleDefinition definition, MatchNode lhs, IReadOnlyList<FrameSlot> slots, IReadOnlyList<int> visibleSlots, CompiledAction action)
    {
        Definition = definition;
        Lhs = lhs;
        Slots = slots;
        this.visibleSlots = [.. visibleSlots];
        Action = action;
    }

    /// <summary>The rule as written.</summary>
    public RuleDefinition Definition { get; }

    /// <summary>The rule's id.</summary>
    public string Id => Definition.Id;

    /// <summary>The left-hand side.</summary>
    public MatchNode Lhs { get; }

    /// <summary>Every binding of the rule, inner ones included, by slot.</summary>
    public IReadOnlyList<FrameSlot> Slots { get; }

    /// <summary>The number of slots in the rule's frame.</summary>
    public int FrameSize => Slots.Count;

    /// <summary>The slots of the bindings in scope at the end of the left-hand side, in scope order: an activation's tuple.</summary>
    public IReadOnlyList<int> VisibleSlots => visibleSlots;

    /// <summary>The action.</summary>
    public CompiledAction Action { get; }

    /// <summary>The names bound in the frame and their values, in slot order.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="visibleOnly">Only the bindings in scope at the end of the rule (an activation's tuple).</param>
    public IReadOnlyList<BoundValue> BoundValues(object?[] frame, bool visibleOnly)
    {
        var bound = new List<BoundValue>(visibleOnly ? visibleSlots.Length : frame.Length);
        for (var i = 0; i < ShownCount(frame, visibleOnly); i++)
        {
            if (ShownSlot(frame, visibleOnly, i) is { } slot)
            {
                bound.Add(new BoundValue(Slots[slot].Name, frame[slot]));
            }
        }

        return bound;
    }

    /// <summary>The facts bound by patterns in the frame, in slot order.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="visibleOnly">Only the bindings in scope at the end of the rule.</param>
    public IReadOnlyList<object> BoundFacts(object?[] frame, bool visibleOnly)
    {
        var facts = new List<object>(visibleOnly ? visibleSlots.Length : frame.Length);
        for (var i = 0; i < ShownCount(frame, visibleOnly); i++)
        {
            if (ShownSlot(frame, visibleOnly, i) is { } slot && Slots[slot].IsFact && frame[slot] is { } fact)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    /// <summary>The values of the visible slots, in scope order: an activation's tuple.</summary>
    public object?[] Tuple(object?[] frame)
    {
        var tuple = new object?[visibleSlots.Length];
        for (var i = 0; i < tuple.Length; i++)
        {
            tuple[i] = frame[visibleSlots[i]];
        }

        return tuple;
    }

    private int ShownCount(object?[] frame, bool visibleOnly) => visibleOnly ? visibleSlots.Length : frame.Length;

    /// <summary>The i-th slot to show: the i-th visible slot, or slot i of the whole frame when it holds a value.</summary>
    private int? ShownSlot(object?[] frame, bool visibleOnly, int i) =>
        visibleOnly ? visibleSlots[i] : frame[i] is not null ? i : null;
}

/// <summary>A rule's compiled action.</summary>
/// <param name="Location">Where the action is written.</param>
internal abstract record CompiledAction(SourceLocation Location);

/// <summary>Reports a finding: the message and the value the finding points at.</summary>
/// <param name="Message">The message template.</param>
/// <param name="At">The value the finding points at, if the rule names one.</param>
/// <param name="Location">Where the action is written.</param>
internal sealed record CompiledFinding(IMessageTemplate Message, FrameFunction? At, SourceLocation Location) : CompiledAction(Location);

/// <summary>Derives a fact of a kind, from a value for each field in the kind's field order.</summary>
/// <param name="Schema">The kind.</param>
/// <param name="Fields">The value of each field, in the schema's order.</param>
/// <param name="Location">Where the action is written.</param>
internal sealed record CompiledDerivation(DerivedFactSchema Schema, IReadOnlyList<FrameFunction> Fields, SourceLocation Location) : CompiledAction(Location);
