using System.Collections.Frozen;

namespace Governance.Model;

/// <summary>
/// Something read from an authority file. It remembers where it came from: its own location, and the location of
/// each of its members that was written in the file.
/// </summary>
public abstract class ModelElement
{
    private readonly IReadOnlyDictionary<string, SourceLocation> memberLocations =
        FrozenDictionary<string, SourceLocation>.Empty;

    /// <summary>Where this element starts in its file; <see cref="SourceLocation.None"/> when it was made in code.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>
    /// Where each member was written, keyed by the member's property name (for example <c>"Holder"</c>).
    /// A member that was not written in the file is absent.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> MemberLocations
    {
        get => memberLocations;
        init => memberLocations = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Where a member was written, or where this element starts when the member was not written.
    /// </summary>
    /// <param name="member">The property name, for example <c>nameof(Post.Holder)</c>.</param>
    public SourceLocation LocationOf(string member) =>
        memberLocations.TryGetValue(member, out var location) ? location : Location;
}

/// <summary>An element that belongs to one authority's arrangements.</summary>
public abstract class AuthorityElement : ModelElement
{
    private Authority? authority;

    /// <summary>The authority whose arrangements this element is part of.</summary>
    /// <exception cref="InvalidOperationException">The element has not yet been given to an <see cref="Model.Authority"/>.</exception>
    public Authority Authority =>
        authority ?? throw new InvalidOperationException($"This {GetType().Name} has not been given to an authority yet.");

    internal void AttachTo(Authority owner)
    {
        if (authority is not null && !ReferenceEquals(authority, owner))
        {
            throw new InvalidOperationException(
                $"This {GetType().Name} already belongs to {authority.Name}; an element belongs to one authority only.");
        }

        authority = owner;
        foreach (var part in Parts)
        {
            part.AttachTo(owner);
        }
    }

    /// <summary>The elements this element contains, which belong to the same authority.</summary>
    private protected virtual IEnumerable<AuthorityElement> Parts => [];

    internal static IReadOnlyList<T> Freeze<T>(IEnumerable<T> items) => items is null
        ? throw new ArgumentNullException(nameof(items))
        : Array.AsReadOnly(items.ToArray());
}
