using System.Reflection;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Language.Checking;

namespace Governance.Rules.Language;

/// <summary>
/// The types rules can name and read: the fact types (model types and derived kinds), the members of each model type
/// (the camelCase names of its public instance properties, less the ones that record file positions), and the enums
/// those members use. Immutable and safe to share between threads.
/// </summary>
internal sealed class TypeCatalog
{
    private static readonly Lazy<TypeCatalog> DomainModel = new(() => new TypeCatalog(
    [
        typeof(Authority), typeof(AuthorityReference), typeof(Person), typeof(Officer), typeof(Councillor), typeof(Post),
        typeof(Division), typeof(Board), typeof(BoardChair), typeof(BoardMembership), typeof(ScrutinyCommittee),
        typeof(ScrutinyMembership), typeof(Publication), typeof(Review), typeof(Departure),
        typeof(SafeguardingTraining), typeof(VettingAndBarringRegistration),
    ]));

    private readonly Dictionary<string, FactType> factTypes;
    private readonly List<string> factTypeNames;
    private readonly Dictionary<Type, ModelMembers> members;
    private readonly Dictionary<string, Type> enums;

    /// <summary>A catalogue of the given model types (each a fact type under its CLR name) and the enums they use.</summary>
    public TypeCatalog(IEnumerable<Type> factTypes)
    {
        ArgumentNullException.ThrowIfNull(factTypes);
        this.factTypes = new Dictionary<string, FactType>(StringComparer.Ordinal);
        factTypeNames = [];
        members = [];
        enums = new Dictionary<string, Type>(StringComparer.Ordinal);
        var nullability = new NullabilityInfoContext();
        foreach (var type in factTypes)
        {
            var factType = FactType.ForClrType(type);
            if (!this.factTypes.TryAdd(factType.Name, factType))
            {
                throw new ArgumentException($"Two fact types are named '{factType.Name}'.", nameof(factTypes));
            }

            factTypeNames.Add(factType.Name);
            var modelMembers = new ModelMembers(type, nullability);
            members[type] = modelMembers;
            foreach (var member in modelMembers.All)
            {
                AddEnumsOf(member.Property.PropertyType);
            }
        }
    }

    private TypeCatalog(TypeCatalog original, FactType derived)
    {
        factTypes = new Dictionary<string, FactType>(original.factTypes, StringComparer.Ordinal) { [derived.Name] = derived };
        factTypeNames = [.. original.factTypeNames, derived.Name];
        members = original.members;
        enums = new Dictionary<string, Type>(original.enums, StringComparer.Ordinal);
        foreach (var field in derived.Derived!.Fields)
        {
            AddEnumsOf(field.ClrType);
        }
    }

    /// <summary>The names of the fact types, model types first, in the order they were added.</summary>
    public IReadOnlyList<string> FactTypeNames => factTypeNames;

    /// <summary>The enums the catalogue's types use.</summary>
    public IEnumerable<Type> EnumTypes => enums.Values;

    /// <summary>The catalogue of the domain model: <see cref="Authority"/>, <see cref="Post"/>, <see cref="Person"/> and the rest.</summary>
    public static TypeCatalog ForDomainModel() => DomainModel.Value;

    /// <summary>A new catalogue that also knows a derived kind of fact.</summary>
    /// <exception cref="ArgumentException">A fact type of that name is already known.</exception>
    public TypeCatalog WithDerived(DerivedFactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return factTypes.ContainsKey(schema.Kind)
            ? throw new ArgumentException($"A fact type named '{schema.Kind}' is already known.", nameof(schema))
            : new TypeCatalog(this, FactType.ForDerived(schema));
    }

    /// <summary>Finds a fact type by the name rules use for it (exact, case-sensitive).</summary>
    public bool TryGetFactType(string name, out FactType type) => factTypes.TryGetValue(name, out type!);

    /// <summary>Finds an enum type by its name, for example <c>PostRole</c>.</summary>
    public bool TryGetEnum(string name, out Type type) => enums.TryGetValue(name, out type!);

    /// <summary>Whether values of a CLR type have members rules can read (it is one of the catalogue's model types).</summary>
    public bool HasMembers(Type type) => members.ContainsKey(type);

    /// <summary>The members rules can read on a model type, in declaration order (empty for other types).</summary>
    public IReadOnlyList<ModelMember> MembersOf(Type type) => members.TryGetValue(type, out var m) ? m.All : [];

    /// <summary>Finds a readable member of a model type by its camelCase name.</summary>
    public bool TryGetMember(Type type, string name, out ModelMember member)
    {
        member = null!;
        return members.TryGetValue(type, out var m) && m.TryGet(name, out member);
    }

    /// <summary>Whether a model type has a public property of this camelCase name that rules may not read.</summary>
    public bool IsHiddenMember(Type type, string name) => members.TryGetValue(type, out var m) && m.IsHidden(name);

    /// <summary>The catalogue's model types that are proper subtypes of <paramref name="type"/> and have the member.</summary>
    public IReadOnlyList<Type> SubtypesWithMember(Type type, string name) =>
        [.. members.Keys.Where(t => t != type && type.IsAssignableFrom(t) && members[t].TryGet(name, out _))];

    /// <summary>The catalogue's model types that are proper subtypes of <paramref name="type"/>.</summary>
    public IReadOnlyList<Type> SubtypesOf(Type type) => [.. members.Keys.Where(t => t != type && type.IsAssignableFrom(t))];

    /// <summary>The camelCase form of a property or enum member name, as rules and files write it.</summary>
    public static string CamelCase(string name) =>
        string.IsNullOrEmpty(name) || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private void AddEnumsOf(Type type)
    {
        var element = TypeShapes.ElementTypeOf(type) ?? type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        if (element.IsEnum)
        {
            enums.TryAdd(element.Name, element);
        }
    }

    private sealed class ModelMembers
    {
        private readonly Dictionary<string, ModelMember> byName = new(StringComparer.Ordinal);
        private readonly HashSet<string> hidden = new(StringComparer.Ordinal);

        public ModelMembers(Type type, NullabilityInfoContext nullability)
        {
            var all = new List<ModelMember>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                {
                    continue;
                }

                var name = CamelCase(property.Name);
                if (property.DeclaringType == typeof(ModelElement))
                {
                    hidden.Add(name);
                    continue;
                }

                var canBeNull = !property.PropertyType.IsValueType
                    && nullability.Create(property).ReadState != NullabilityState.NotNull;
                var member = new ModelMember(name, property, canBeNull);
                if (byName.TryAdd(name, member))
                {
                    all.Add(member);
                }
            }

            All = all;
        }

        public IReadOnlyList<ModelMember> All { get; }

        public bool TryGet(string name, out ModelMember member) => byName.TryGetValue(name, out member!);

        public bool IsHidden(string name) => hidden.Contains(name);
    }
}

/// <summary>A member rules can read on a model type.</summary>
/// <param name="Name">The camelCase name rules use.</param>
/// <param name="Property">The property read.</param>
/// <param name="CanBeNull">Whether the property's value may be missing (a nullable reference).</param>
internal sealed record ModelMember(string Name, PropertyInfo Property, bool CanBeNull);
