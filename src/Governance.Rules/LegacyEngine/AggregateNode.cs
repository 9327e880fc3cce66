using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// <c>count</c>, <c>collect</c> or <c>group</c>: finds every match of the source pattern, in canonical order, and
/// binds their number, their list, or (once per group, groups in canonical key order) their groups. An error in the
/// source or in a group key leaves the aggregate unknown, so the outer tuple goes no further.
/// </summary>
internal sealed class AggregateNode : MatchNode
{
    private readonly AggregateKind kind;
    private readonly PatternNode source;
    private readonly int slot;
    private readonly FrameFunction? groupKey;
    private readonly Func<List<object>, object> makeList;
    private readonly Func<object?, List<object>, object> makeGroup;
    private readonly SourceLocation location;

    /// <summary>Makes the node.</summary>
    public AggregateNode(AggregateKind kind, PatternNode source, int slot, FrameFunction? groupKey, Type itemType, Type? keyType, SourceLocation location)
    {
        this.kind = kind;
        this.source = source;
        this.slot = slot;
        this.groupKey = groupKey;
        this.location = location;
        makeList = AggregateValues.ListMaker(itemType);
        makeGroup = AggregateValues.GroupMaker(keyType ?? typeof(object), itemType);
    }

    /// <inheritdoc />
    public override bool Match(MatchContext context, Func<bool> next)
    {
        var frame = context.Frame;
        var mark = context.ErrorMark;
        var items = context.Gather(source);

        if (context.ErrorMark > mark)
        {
            return true;
        }

        items.Sort(context.Order);
        if (kind != AggregateKind.Group)
        {
            frame[slot] = kind == AggregateKind.Count ? items.Count : makeList(items);
            var goOn = next();
            frame[slot] = null;
            return goOn;
        }

        var groups = GroupByKey(context, items);
        if (groups is null)
        {
            return true;
        }

        foreach (var (key, members) in groups)
        {
            frame[slot] = makeGroup(key, members);
            if (!next())
            {
                frame[slot] = null;
                return false;
            }
        }

        frame[slot] = null;
        return true;
    }

    private List<(object? Key, List<object> Items)>? GroupByKey(MatchContext context, List<object> items)
    {
        var frame = context.Frame;
        var groups = new Dictionary<ValueKey, (object? Key, List<object> Items)>();
        var failed = false;
        foreach (var item in items)
        {
            frame[source.Slot] = item;
            try
            {
                var key = groupKey!.Invoke(frame, context.AsAt);
                if (!groups.TryGetValue(new ValueKey(key), out var group))
                {
                    group = (key, []);
                    groups.Add(new ValueKey(key), group);
                }

                group.Items.Add(item);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                context.RecordError("group key", location, error);
                failed = true;
            }
        }

        frame[source.Slot] = null;
        if (failed)
        {
            return null;
        }

        var ordered = groups.Values.ToList();
        ordered.Sort((a, b) => context.Order.Compare(a.Key, b.Key));
        return ordered;
    }
}

/// <summary>Makes the typed lists and groups aggregates bind, from untyped lists of facts.</summary>
internal static class AggregateValues
{
    /// <summary>A function making an <c>IReadOnlyList&lt;T&gt;</c> of the given item type.</summary>
    public static Func<List<object>, object> ListMaker(Type itemType) =>
        typeof(AggregateValues).GetMethod(nameof(ToList))!.MakeGenericMethod(itemType).CreateDelegate<Func<List<object>, object>>();

    /// <summary>A function making a <see cref="FactGroup{TKey, TItem}"/> of the given key and item types.</summary>
    public static Func<object?, List<object>, object> GroupMaker(Type keyType, Type itemType) =>
        typeof(AggregateValues).GetMethod(nameof(ToGroup))!.MakeGenericMethod(keyType, itemType).CreateDelegate<Func<object?, List<object>, object>>();

    /// <summary>The items as a read-only list of <typeparamref name="T"/>.</summary>
    public static object ToList<T>(List<object> items) => Array.AsReadOnly(items.Cast<T>().ToArray());

    /// <summary>The key and items as a group.</summary>
    public static object ToGroup<TKey, T>(object? key, List<object> items) =>
        new FactGroup<TKey, T>((TKey)key!, Array.AsReadOnly(items.Cast<T>().ToArray()));
}
