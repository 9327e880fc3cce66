using Governance.Model;

namespace Governance.Rules.Tests.Engine;

/// <summary>Model objects for engine tests, each with its own place in a file so results order canonically.</summary>
internal static class Facts
{
    private static int line = 1;

    public static Officer Officer(string id) => new() { Id = id, Name = id, Location = RuleKit.At(Interlocked.Increment(ref line)) };

    public static Councillor Councillor(string id, bool executive = false) =>
        new() { Id = id, Name = id, IsExecutiveMember = executive, Location = RuleKit.At(Interlocked.Increment(ref line)) };

    public static Post Post(string id, PostRole role, Person? holder = null, Post? reportsTo = null) =>
        new() { Id = id, Role = role, Holder = holder, ReportsTo = reportsTo, Location = RuleKit.At(Interlocked.Increment(ref line)) };
}
