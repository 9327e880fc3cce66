using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Language;

namespace Governance.Rules.Tests.Language;

/// <summary>A small authority built with the real model types, and helpers to compile and evaluate expressions over it.</summary>
internal sealed class LanguageFixture
{
    public static readonly DateOnly AsAt = new(2010, 4, 1);

    public LanguageFixture()
    {
        Jane = new Officer
        {
            Id = "jane",
            Name = "Jane Doe",
            JobTitle = "Corporate Director, Children and Young People",
            SafeguardingTraining =
            [
                new SafeguardingTraining { Course = "Level 3 safeguarding", CompletedOn = new DateOnly(2009, 3, 1) },
            ],
            VettingAndBarring = new VettingAndBarringRegistration { RegisteredOn = new DateOnly(2009, 10, 12), Reference = "VBS-1" },
        };
        Chief = new Officer { Id = "chief", Name = "Alan Chief" };
        Smith = new Councillor
        {
            Id = "smith",
            Name = "Cllr Pat Smith",
            Party = "Independent",
            IsExecutiveMember = true,
            PoliticalOffices = ["parish councillor", "party branch chair"],
        };
        ChiefExecutive = new Post { Id = "ceo", Role = PostRole.ChiefExecutive, Holder = Chief, Start = new DateOnly(2005, 1, 1) };
        Dcs = new Post
        {
            Id = "dcs",
            Role = PostRole.DirectorOfChildrensServices,
            Holder = Jane,
            Start = new DateOnly(2008, 4, 1),
            ReportsTo = ChiefExecutive,
            OnSeniorManagementTeam = true,
            AdditionalFunctions = [ServiceFunction.Education, ServiceFunction.Leisure],
        };
        Dass = new Post { Id = "dass", Role = PostRole.DirectorOfAdultSocialServices, Holder = Jane, Tenure = Tenure.Interim };
        LeadMember = new Post { Id = "lm", Role = PostRole.LeadMemberForChildrensServices, Holder = Smith, Start = new DateOnly(2009, 5, 1) };
        Vacant = new Post { Id = "sm", Role = PostRole.SupportingMember, End = new DateOnly(2009, 12, 31) };
        Lscb = new Board
        {
            Id = "lscb",
            Kind = BoardKind.LocalSafeguardingChildrenBoard,
            Name = "Nottinghamshire Safeguarding Children Board",
            Chairs = [new BoardChair { Name = "An Independent Chair", IsIndependent = true }],
            Members =
            [
                new BoardMembership { Person = Jane, Name = "Jane Doe", Represents = PartnerKind.LocalAuthority },
                new BoardMembership
                {
                    Name = "Chief Constable",
                    Organisation = "Nottinghamshire Police",
                    Represents = PartnerKind.Police,
                    Capacity = MembershipCapacity.ParticipantObserver,
                },
            ],
        };
        Authority = new Authority
        {
            Code = "E10000024",
            Name = "Nottinghamshire County Council",
            Kind = AuthorityKind.County,
            RecordedAsAt = new DateOnly(2010, 4, 1),
            Districts = [new AuthorityReference { Code = "E07000170", Name = "Ashfield District Council", Kind = AuthorityKind.District }],
            People = [Jane, Chief, Smith],
            Posts = [ChiefExecutive, Dcs, Dass, LeadMember, Vacant],
            Boards = [Lscb],
        };
    }

    public static ConditionCompiler Compiler { get; } = new(TypeCatalog.ForDomainModel());

    public static TypeCatalog Catalog => Compiler.Catalog;

    public Officer Jane { get; }

    public Officer Chief { get; }

    public Councillor Smith { get; }

    public Post ChiefExecutive { get; }

    public Post Dcs { get; }

    public Post Dass { get; }

    public Post LeadMember { get; }

    public Post Vacant { get; }

    public Board Lscb { get; }

    public Authority Authority { get; }

    /// <summary>A scope of fact bindings, e.g. Scope("post", ("post", "Post"), ("person", "Person")).</summary>
    public static ExpressionScope Scope(string? subject, params (string Name, string Type)[] bindings) =>
        new([.. bindings.Select(b => Binding.ForFact(b.Name, FactTypeNamed(b.Type)))], subject);

    /// <summary>The scope of a condition inside a 'post: Post' pattern.</summary>
    public static ExpressionScope PostScope { get; } = Scope("post", ("post", "Post"));

    public static FactType FactTypeNamed(string name) =>
        Catalog.TryGetFactType(name, out var type) ? type : throw new ArgumentException($"No fact type {name}.");

    /// <summary>Compiles a condition that must have no diagnostics.</summary>
    public static Func<object?[], DateOnly, object?> Condition(string text, ExpressionScope scope)
    {
        var compiled = Compiler.CompileCondition(text, scope);
        compiled.Diagnostics.Should().BeEmpty($"'{text}' should compile");
        return CompiledLambda.Compile(compiled.Lambda!);
    }

    /// <summary>Evaluates a condition on a post (bound as 'post', the implicit subject).</summary>
    public static bool OnPost(string text, Post post, DateOnly? asAt = null) =>
        (bool)Condition(text, PostScope)([post], asAt ?? AsAt)!;

    /// <summary>Evaluates a value on a post (bound as 'post', the implicit subject).</summary>
    public static object? ValueOnPost(string text, Post post, DateOnly? asAt = null)
    {
        var compiled = Compiler.CompileValue(text, PostScope);
        compiled.Diagnostics.Should().BeEmpty($"'{text}' should compile");
        return CompiledLambda.Compile(compiled.Lambda!)([post], asAt ?? AsAt);
    }

    /// <summary>The diagnostics of a condition that should not compile.</summary>
    public static IReadOnlyList<LanguageDiagnostic> Errors(string text, ExpressionScope? scope = null)
    {
        var compiled = Compiler.CompileCondition(text, scope ?? PostScope);
        compiled.Lambda.Should().BeNull();
        compiled.Diagnostics.Should().NotBeEmpty();
        return compiled.Diagnostics;
    }

    /// <summary>The single diagnostic of a condition that should not compile.</summary>
    public static LanguageDiagnostic Error(string text, ExpressionScope? scope = null)
    {
        var errors = Errors(text, scope);
        errors.Should().HaveCount(1, string.Join(Environment.NewLine, errors));
        return errors[0];
    }

    /// <summary>The text a diagnostic points at.</summary>
    public static string Pointed(string text, LanguageDiagnostic diagnostic) => text.Substring(diagnostic.Offset, diagnostic.Length);
}
