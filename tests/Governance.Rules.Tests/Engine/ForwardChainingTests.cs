using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class ForwardChainingTests
{
    internal static readonly FactType HoldsPost = Kind("HoldsPost", ("person", typeof(Person)), ("post", typeof(Post)));
    internal static readonly FactType DualRole = Kind("DualRole", ("person", typeof(Person)));
    internal static readonly FactType Reaches = Kind("Reaches", ("from", typeof(Post)), ("to", typeof(Post)));

    internal static RuleDefinition HoldsPostRule() => Derive(
        "holds-post",
        HoldsPost,
        [Pattern<Post>("p", Cond((Post p, DateOnly asAt) => !p.IsVacant))],
        ("person", Value((Post p, DateOnly asAt) => p.Holder)),
        ("post", Value((Post p, DateOnly asAt) => p)));

    internal static RuleDefinition DualRoleRule() => Derive(
        "dual-role",
        DualRole,
        [
            Pattern("a", HoldsPost),
            Pattern("b", HoldsPost, Cond((DerivedFact a, DerivedFact b, DateOnly asAt) => b.Get("person") == a.Get("person") && b.Get("post") != a.Get("post"))),
        ],
        ("person", Value((DerivedFact a, DerivedFact b, DateOnly asAt) => (Person)a.Get("person")!)));

    internal static RuleDefinition DualRoleFinding() => Finding("dual-role-found", Pattern("d", DualRole));

    [Test]
    public void Derived_facts_are_matched_by_rules_in_later_strata_two_levels_deep()
    {
        var jane = Facts.Officer("jane");
        var raj = Facts.Officer("raj");
        var posts = new[]
        {
            Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane),
            Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane),
            Facts.Post("chief", PostRole.ChiefExecutive, raj),
        };

        var result = Run(Compile(DualRoleFinding(), DualRoleRule(), HoldsPostRule()), posts);

        MatchesOf(result, "dual-role-found").Should().Equal("d=DualRole(jane)");
        result.DerivedFacts.Select(f => Text(f)).Should().Equal(
            "DualRole(jane)", "HoldsPost(jane, dcs)", "HoldsPost(jane, dass)", "HoldsPost(raj, chief)");
    }

    [Test]
    public void Value_equal_derived_facts_are_added_once_and_keep_their_support()
    {
        var jane = Facts.Officer("jane");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var dass = Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane);

        var result = Run(Compile(DualRoleRule(), HoldsPostRule()), [dcs, dass]);

        // Two activations (a, b) and (b, a) derive the same DualRole(jane): it is added once.
        result.Firings.Should().Be(4);
        var dual = result.DerivedFacts.Should().ContainSingle(f => f.Kind == "DualRole").Which;
        dual.RuleId.Should().Be("dual-role");
        dual.Support.Should().HaveCount(2).And.AllBeOfType<DerivedFact>();
        dual.Support.Cast<DerivedFact>().Select(f => f.Support.Single()).Should().BeEquivalentTo(new[] { dcs, dass });
        var holds = result.DerivedFacts.First(f => f.Kind == "HoldsPost");
        holds.Support.Should().Equal(dcs);
    }

    [Test]
    public void A_positive_cycle_is_one_stratum_evaluated_to_a_fixpoint()
    {
        var d = Facts.Post("d", PostRole.ChiefExecutive);
        var c = Facts.Post("c", PostRole.DirectorOfChildrensServices, reportsTo: d);
        var b = Facts.Post("b", PostRole.SupportingMember, reportsTo: c);
        var a = Facts.Post("a", PostRole.SupportingMember, reportsTo: b);
        var direct = Derive(
            "reaches-direct",
            Reaches,
            [Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.ReportsTo != null))],
            ("from", Value((Post p, DateOnly asAt) => p)),
            ("to", Value((Post p, DateOnly asAt) => p.ReportsTo!)));
        var step = Derive(
            "reaches-step",
            Reaches,
            [
                Pattern("r", Reaches),
                Pattern<Post>("q", Cond((DerivedFact r, Post q, DateOnly asAt) => q.ReportsTo == r.Get("from"))),
            ],
            ("from", Value((DerivedFact r, Post q, DateOnly asAt) => q)),
            ("to", Value((DerivedFact r, Post q, DateOnly asAt) => (Post)r.Get("to")!)));
        var chainToTop = Finding(
            "reaches-the-top",
            Pattern("r", Reaches, Cond((DerivedFact r, DateOnly asAt) => ((Post)r.Get("to")!).ReportsTo == null)));

        var result = Run(Compile(chainToTop, step, direct), [a, b, c, d]);

        result.Completed.Should().BeTrue();
        result.DerivedFacts.Select(f => Text(f)).Should().BeEquivalentTo(
            "Reaches(a, b)", "Reaches(b, c)", "Reaches(c, d)", "Reaches(a, c)", "Reaches(b, d)", "Reaches(a, d)");
        MatchesOf(result, "reaches-the-top").Should().Equal("r=Reaches(c, d)", "r=Reaches(b, d)", "r=Reaches(a, d)");
    }

    [Test]
    public void A_cycle_through_not_is_a_compile_error_naming_every_rule_in_it()
    {
        var flagged = Kind("Flagged", ("post", typeof(Post)));
        var cleared = Kind("Cleared", ("post", typeof(Post)));
        var flag = Derive(
            "flag",
            flagged,
            [Pattern<Post>("p"), Not(Pattern("c", cleared, Cond((Post p, DerivedFact c, DateOnly asAt) => c.Get("post") == p)))],
            ("post", Value((Post p, DateOnly asAt) => p)));
        var clear = Derive(
            "clear",
            cleared,
            [Pattern("f", flagged)],
            ("post", Value((DerivedFact f, DateOnly asAt) => (Post)f.Get("post")!)));
        var unrelated = Finding("unrelated", Pattern<Post>("p"));

        var compilation = RuleCompiler.Compile([unrelated, flag, clear]);

        compilation.Succeeded.Should().BeFalse();
        var error = compilation.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be(EngineDiagnostics.NegativeCycle);
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Message.Should().Contain("'clear'").And.Contain("'flag'").And.NotContain("'unrelated'").And.Contain("not");
        error.Location.Should().Be(flag.Location);
    }

    [Test]
    public void A_rule_counting_the_facts_it_derives_is_a_cycle_error()
    {
        var tally = Kind("Tally", ("n", typeof(int)));
        var rule = Derive(
            "tally",
            tally,
            [Count("n", Pattern("t", tally))],
            ("n", Value((int n, DateOnly asAt) => n)));

        var compilation = RuleCompiler.Compile([rule]);

        compilation.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.NegativeCycle);
        compilation.Diagnostics[0].Message.Should().Contain("'tally'");
    }

    [Test]
    public void A_cycle_through_exists_is_a_compile_error_but_the_same_cycle_through_a_plain_pattern_is_not()
    {
        var marked = Kind("Marked", ("post", typeof(Post)));
        RuleDefinition MarkRule(RuleElement read) => Derive(
            "mark",
            marked,
            [Pattern<Post>("p"), read],
            ("post", Value((Post p, DateOnly asAt) => p)));
        var markedOther = Pattern("m", marked, Cond((Post p, DerivedFact m, DateOnly asAt) => m.Get("post") != p));

        var throughExists = RuleCompiler.Compile([MarkRule(Exists(markedOther))]);
        var positive = RuleCompiler.Compile([MarkRule(markedOther)]);

        throughExists.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.NegativeCycle);
        positive.Succeeded.Should().BeTrue();
        positive.Rules!.Strata.Should().ContainSingle().Which.IsRecursive.Should().BeTrue();
    }

    [Test]
    public void A_rule_reading_a_kind_under_not_runs_after_the_rules_deriving_it()
    {
        var jane = Facts.Officer("jane");
        var raj = Facts.Officer("raj");
        var noDualRole = Finding(
            "single-role",
            Pattern<Officer>("o"),
            Not(Pattern("d", DualRole, Cond((Officer o, DerivedFact d, DateOnly asAt) => d.Get("person") == o))));

        var result = Run(
            Compile(noDualRole, DualRoleRule(), HoldsPostRule()),
            [jane, raj, Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane), Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane)]);

        MatchesOf(result, "single-role").Should().Equal("o=raj");
    }
}
