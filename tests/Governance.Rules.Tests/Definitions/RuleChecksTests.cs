using System.Linq.Expressions;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Tests.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Definitions;

/// <summary>A rule definition checks that it is whole before anything translates it.</summary>
public class RuleChecksTests
{
    [Test]
    public void A_condition_using_a_name_not_bound_at_that_point_is_reported_with_the_names_that_are()
    {
        var rule = Finding(
            "forward-reference",
            Pattern<Post>("a", Cond((Post a, Post b, DateOnly asAt) => a.Holder == b.Holder)),
            Pattern<Post>("b"));

        var error = rule.Check().Should().ContainSingle().Which;
        error.Code.Should().Be(RuleChecks.ExpressionDoesNotFitScope);
        error.Message.Should().Contain("'b'").And.Contain("Names bound there: a");
        error.Location.Should().Be(((PatternElement)rule.Lhs.Elements[0]).Conditions[0].Location);
    }

    [Test]
    public void A_condition_taking_a_binding_as_the_wrong_type_is_reported()
    {
        var rule = Finding("wrong-type", Pattern<Person>("p", Cond((Officer p, DateOnly asAt) => p.JobTitle != null)));

        var error = rule.Check().Should().ContainSingle().Which;

        error.Code.Should().Be(RuleChecks.ExpressionDoesNotFitScope);
        error.Message.Should().Contain("Officer").And.Contain("Person");
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

        var messages = rule.Check().Select(d => $"{d.Code} {d.Message}").ToList();

        messages.Should().HaveCount(2);
        messages.Should().Contain(m => m.StartsWith("GOV304", StringComparison.Ordinal) && m.Contains("'office'", StringComparison.Ordinal) && m.Contains("person, post", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("GOV304", StringComparison.Ordinal) && m.Contains("no value for the field 'post'", StringComparison.Ordinal));
    }

    [Test]
    public void A_group_without_a_key_is_reported()
    {
        var rule = Finding("no-key", new AggregateElement("g", AggregateKind.Group, Pattern<Post>("p"), null, RuleAt()));

        rule.Check().Should().ContainSingle().Which.Code.Should().Be(RuleChecks.AggregateKey);
    }

    [Test]
    public void A_name_bound_twice_in_the_same_scope_is_reported()
    {
        var rule = Finding("twice", Pattern<Post>("p"), Pattern<Officer>("p"));

        rule.Check().Should().ContainSingle().Which.Code.Should().Be(RuleChecks.NameBoundTwice);
    }

    [Test]
    public void A_whole_rule_has_no_problems() =>
        Finding("whole", Pattern<Post>("p"), Pattern<Officer>("o", Cond((Officer o, Post p, DateOnly asAt) => p.Holder == o))).Check().Should().BeEmpty();

    [Test]
    public void A_name_bound_inside_not_is_not_bound_after_it()
    {
        var rule = Finding("after-not", Not(Pattern<Post>("p")), Pattern<Officer>("o", Cond((Officer o, Post p, DateOnly asAt) => p.Holder == o)));

        rule.Check().Should().ContainSingle().Which.Message.Should().Contain("'p', which is not bound");
    }

    [Test]
    public void A_group_key_reading_another_name_is_reported()
    {
        Expression<Func<Post, Officer, DateOnly, string>> key = (p, o, asAt) => o.Name;
        var rule = Finding("key", Pattern<Officer>("o"), new AggregateElement("g", AggregateKind.Group, Pattern<Post>("p"), key, RuleAt()));

        rule.Check().Should().ContainSingle().Which.Code.Should().Be(RuleChecks.GroupKeyReadsOtherNames);
    }

    [Test]
    public void A_count_with_a_key_is_reported()
    {
        Expression<Func<Post, DateOnly, string>> key = (p, asAt) => p.Id;
        var rule = Finding("count-key", new AggregateElement("n", AggregateKind.Count, Pattern<Post>("p"), key, RuleAt()));

        rule.Check().Should().ContainSingle().Which.Code.Should().Be(RuleChecks.AggregateKey);
    }
}
