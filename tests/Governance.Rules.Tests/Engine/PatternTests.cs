using System.Linq.Expressions;
using Governance.Model;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class PatternTests
{
    [Test]
    public void Pattern_over_a_base_type_matches_facts_of_every_subtype()
    {
        var officer = Facts.Officer("o1");
        var councillor = Facts.Councillor("c1");
        var post = Facts.Post("p1", PostRole.Leader);
        var rule = Finding("people", Pattern<Person>("person"));

        var result = Run(rule, officer, councillor, post);

        MatchesOf(result, "people").Should().Equal("person=o1", "person=c1");
    }

    [Test]
    public void Filter_on_the_patterns_own_fact_keeps_only_facts_for_which_it_holds()
    {
        var member = Facts.Councillor("c1", executive: true);
        var backbencher = Facts.Councillor("c2");
        var rule = Finding("executive", Pattern<Councillor>("c", Cond((Councillor c, DateOnly asAt) => c.IsExecutiveMember)));

        var result = Run(rule, member, backbencher);

        MatchesOf(result, "executive").Should().Equal("c=c1");
    }

    [Test]
    public void Join_to_an_earlier_binding_matches_only_related_facts()
    {
        var jane = Facts.Officer("jane");
        var raj = Facts.Officer("raj");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var dassJane = Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane);
        var dassRaj = Facts.Post("dass2", PostRole.DirectorOfAdultSocialServices, raj);
        var rule = Finding(
            "dcs-dass",
            Pattern<Post>("dcs", Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices && !dcs.IsVacant)),
            Pattern<Post>(
                "dass",
                Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices),
                Cond((Post dcs, Post dass, DateOnly asAt) => dass.Holder == dcs.Holder)));

        var result = Run(rule, dassRaj, dcs, dassJane, jane, raj);

        MatchesOf(result, "dcs-dass").Should().Equal("dcs=dcs dass=dass");
    }

    [Test]
    public void Each_distinct_tuple_of_facts_is_one_activation()
    {
        var a = Facts.Officer("a");
        var b = Facts.Officer("b");
        var c = Facts.Officer("c");
        var rule = Finding(
            "pairs",
            Pattern<Officer>("x"),
            Pattern<Officer>("y", Cond((Officer x, Officer y, DateOnly asAt) => x != y)));

        var result = Run(rule, a, b, c, a);

        MatchesOf(result, "pairs").Should().Equal(
            "x=a y=b", "x=a y=c", "x=b y=a", "x=b y=c", "x=c y=a", "x=c y=b");
        result.Firings.Should().Be(6);
    }

    [Test]
    public void Unnamed_patterns_bind_loader_given_names_and_count_in_the_tuple()
    {
        var leader = Facts.Post("leader", PostRole.Leader);
        var unnamed = Expression.Parameter(typeof(Post), "$1");
        var isLeader = Expression.Lambda(
            Expression.Equal(Expression.Property(unnamed, nameof(Post.Role)), Expression.Constant(PostRole.Leader)),
            unnamed,
            Expression.Parameter(typeof(DateOnly), "asAt"));
        var rule = Finding("any-leader", Pattern<Post>("$1", isLeader));

        var result = Run(rule, leader);

        result.Matches.Should().ContainSingle().Which.Facts.Should().Equal(leader);
    }

    [Test]
    public void Patterns_over_an_own_hierarchy_of_types_match_subtypes()
    {
        var rex = new Dog("rex");
        var tom = new Cat("tom");
        var rule = Finding("animals", Pattern<Animal>("a"));

        var result = Run(Compile(rule), [tom, rex], new EngineOptions { AsAt = AsAt, FactKey = f => ((Animal)f).Name });

        MatchesOf(result, "animals").Should().Equal("a=rex", "a=tom");
    }

    internal abstract class Animal(string name)
    {
        public string Name { get; } = name;

        public override string ToString() => Name;
    }

    internal sealed class Dog(string name) : Animal(name);

    internal sealed class Cat(string name) : Animal(name);
}
