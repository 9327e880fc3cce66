using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class RuleCompilerTests
{
    [Test]
    public void A_condition_using_a_name_not_bound_at_that_point_is_reported_with_the_names_that_are()
    {
        var rule = Finding(
            "forward-reference",
            Pattern<Post>("a", Cond((Post a, Post b, DateOnly asAt) => a.Holder == b.Holder)),
            Pattern<Post>("b"));

        var compilation = RuleCompiler.Compile([rule]);

        compilation.Succeeded.Should().BeFalse();
        var error = compilation.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be(EngineDiagnostics.ExpressionDoesNotFitScope);
        error.Message.Should().Contain("'b'").And.Contain("Names bound there: a");
        error.Location.Should().Be(((PatternElement)rule.Lhs.Elements[0]).Conditions[0].Location);
    }

    [Test]
    public void A_condition_taking_a_binding_as_the_wrong_type_is_reported()
    {
        var rule = Finding("wrong-type", Pattern<Person>("p", Cond((Officer p, DateOnly asAt) => p.JobTitle != null)));

        var error = RuleCompiler.Compile([rule]).Diagnostics.Should().ContainSingle().Which;

        error.Code.Should().Be(EngineDiagnostics.ExpressionDoesNotFitScope);
        error.Message.Should().Contain("Officer").And.Contain("Person");
    }

    [Test]
    public void Two_rules_with_the_same_id_are_reported()
    {
        var first = Finding("same", Pattern<Post>("p"));
        var second = Finding("same", Pattern<Officer>("o"));

        var compilation = RuleCompiler.Compile([first, second]);

        compilation.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.DuplicateRuleId);
        compilation.Diagnostics[0].Location.Should().Be(second.Location);
    }

    [Test]
    public void A_derivation_missing_a_field_or_naming_an_unknown_one_is_reported()
    {
        var rule = Derive(
            "partial",
            ForwardChainingTests.HoldsPost,
            [Pattern<Post>("p")],
            ("person", Value((Post p, DateOnly asAt) => p.Holder)),
            ("office", Value((Post p, DateOnly asAt) => p)));

        var messages = RuleCompiler.Compile([rule]).Diagnostics.Select(d => $"{d.Code} {d.Message}").ToList();

        messages.Should().HaveCount(2);
        messages.Should().Contain(m => m.StartsWith("GOV304", StringComparison.Ordinal) && m.Contains("'office'", StringComparison.Ordinal) && m.Contains("person, post", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("GOV304", StringComparison.Ordinal) && m.Contains("no value for the field 'post'", StringComparison.Ordinal));
    }

    [Test]
    public void A_group_without_a_key_is_reported()
    {
        var rule = Finding("no-key", new AggregateElement("g", AggregateKind.Group, Pattern<Post>("p"), null, RuleAt()));

        RuleCompiler.Compile([rule]).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.AggregateKey);
    }

    [Test]
    public void A_name_bound_twice_in_the_same_scope_is_reported()
    {
        var rule = Finding("twice", Pattern<Post>("p"), Pattern<Officer>("p"));

        RuleCompiler.Compile([rule]).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.NameBoundTwice);
    }

    [Test]
    public void A_valid_rule_set_compiles_without_diagnostics_and_lists_its_rules_by_id()
    {
        var compilation = RuleCompiler.Compile([ForwardChainingTests.DualRoleFinding(), ForwardChainingTests.HoldsPostRule(), ForwardChainingTests.DualRoleRule()]);

        compilation.Succeeded.Should().BeTrue();
        compilation.Diagnostics.Should().BeEmpty();
        compilation.Rules!.Rules.Select(r => r.Id).Should().Equal("dual-role", "dual-role-found", "holds-post");
        compilation.Rules.Strata.Select(s => s.Rules.Single().Id).Should().Equal("holds-post", "dual-role", "dual-role-found");
    }
}
