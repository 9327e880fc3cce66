using Governance.Model;
using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class EvaluationTests
{
    private LanguageFixture model = null!;

    [SetUp]
    public void SetUp() => model = new LanguageFixture();

    [TestCase("'Jane Doe'", "Jane Doe")]
    [TestCase("\"Jane Doe\"", "Jane Doe")]
    [TestCase("'it\\'s'", "it's")]
    [TestCase("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [TestCase("'back\\\\slash'", "back\\slash")]
    [TestCase("''", "")]
    public void Text_literals_in_either_quote(string text, string expected) =>
        ValueOnPost(text, model.Dcs).Should().Be(expected);

    [TestCase("0", 0)]
    [TestCase("42", 42)]
    [TestCase("-7", -7)]
    [TestCase("2147483647", int.MaxValue)]
    public void Integer_literals(string text, int expected) => ValueOnPost(text, model.Dcs).Should().Be(expected);

    [Test]
    public void Boolean_and_null_literals()
    {
        ValueOnPost("true", model.Dcs).Should().Be(true);
        ValueOnPost("false", model.Dcs).Should().Be(false);
        ValueOnPost("null", model.Dcs).Should().BeNull();
    }

    [Test]
    public void Date_literal_is_checked_and_becomes_a_date() =>
        ValueOnPost("date('2008-01-01')", model.Dcs).Should().Be(new DateOnly(2008, 1, 1));

    [Test]
    public void AsAt_is_the_evaluation_date()
    {
        ValueOnPost("asAt", model.Dcs, new DateOnly(2011, 2, 3)).Should().Be(new DateOnly(2011, 2, 3));
        OnPost("start <= asAt", model.Dcs, new DateOnly(2008, 3, 31)).Should().BeFalse();
        OnPost("start <= asAt", model.Dcs, new DateOnly(2008, 4, 1)).Should().BeTrue();
    }

    [TestCase("role == DirectorOfChildrensServices", true)]
    [TestCase("role != DirectorOfChildrensServices", false)]
    [TestCase("holder.name == 'Jane Doe'", true)]
    [TestCase("holder.name == 'jane doe'", false)]
    [TestCase("holder.name != 'Jane Doe'", false)]
    [TestCase("onSeniorManagementTeam == true", true)]
    [TestCase("count(additionalFunctions) == 2", true)]
    [TestCase("count(additionalFunctions) < 2", false)]
    [TestCase("count(additionalFunctions) <= 2", true)]
    [TestCase("count(additionalFunctions) > 1", true)]
    [TestCase("count(additionalFunctions) >= 3", false)]
    [TestCase("start < date('2008-04-02')", true)]
    [TestCase("start > date('2008-04-01')", false)]
    [TestCase("start >= date('2008-04-01')", true)]
    [TestCase("start == date('2008-04-01')", true)]
    public void Comparison_operators(string condition, bool expected) => OnPost(condition, model.Dcs).Should().Be(expected);

    [TestCase("isJoint or onSeniorManagementTeam", true)]
    [TestCase("isJoint and onSeniorManagementTeam", false)]
    [TestCase("not isJoint", true)]
    [TestCase("not not isJoint", false)]
    [TestCase("isJoint && onSeniorManagementTeam", false)]
    public void Logical_operators(string condition, bool expected)
    {
        var compiled = Compiler.CompileCondition(condition, PostScope);
        if (condition.Contains("&&", StringComparison.Ordinal))
        {
            compiled.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("'and'");
            return;
        }

        OnPost(condition, model.Dcs).Should().Be(expected);
    }

    [TestCase("1 + 2", 3)]
    [TestCase("10 - 4 - 3", 3)]
    [TestCase("10 - (4 - 3)", 9)]
    [TestCase("count(additionalFunctions) + 1", 3)]
    [TestCase("-(2 + 3)", -5)]
    public void Arithmetic_on_whole_numbers(string text, int expected) => ValueOnPost(text, model.Dcs).Should().Be(expected);

    [Test]
    public void Arithmetic_overflow_is_a_run_time_error_not_a_wrong_answer()
    {
        var evaluate = () => ValueOnPost("2147483647 + 1", model.Dcs);
        evaluate.Should().Throw<OverflowException>();
    }

    [TestCase("false and false or true", true)]
    [TestCase("false and (false or true)", false)]
    [TestCase("not false and false", false)]
    [TestCase("not (false and false)", true)]
    [TestCase("true or true and false", true)]
    [TestCase("1 + 2 == 3 and 2 - 1 == 1", true)]
    [TestCase("not 1 + 1 == 3", true)]
    public void Precedence_or_is_loosest_then_and_then_not_then_comparison_then_arithmetic(string condition, bool expected) =>
        OnPost(condition, model.Dcs).Should().Be(expected);

    [TestCase("role in [DirectorOfChildrensServices, DirectorOfAdultSocialServices]", true)]
    [TestCase("role in [directorOfAdultSocialServices, leader]", false)]
    [TestCase("role not in [Leader, ChiefExecutive]", true)]
    [TestCase("role in []", false)]
    [TestCase("Education in additionalFunctions", true)]
    [TestCase("housing in additionalFunctions", false)]
    [TestCase("ServiceFunction.Leisure in additionalFunctions", true)]
    [TestCase("holder.name in ['Jane Doe', 'Alan Chief']", true)]
    [TestCase("start in [date('2008-04-01'), null]", true)]
    public void In_tests_membership_of_a_list(string condition, bool expected) => OnPost(condition, model.Dcs).Should().Be(expected);

    [Test]
    public void In_with_a_fact_list_compares_facts_by_identity()
    {
        var scope = Scope("post", ("post", "Post"), ("person", "Person"));
        var condition = Condition("holder in authority.people", scope);
        condition([model.Dcs, model.Jane], AsAt).Should().Be(true);
        Condition("person in authority.people", scope)([model.Dcs, new Officer { Id = "x", Name = "Jane Doe" }], AsAt)
            .Should().Be(false);
    }

    [Test]
    public void Joins_compare_facts_from_two_bindings()
    {
        var scope = Scope("dass", ("dcs", "Post"), ("dass", "Post"));
        var combined = Condition("role == DirectorOfAdultSocialServices and holder == dcs.holder", scope);
        combined([model.Dcs, model.Dass], AsAt).Should().Be(true);
        combined([model.Dcs, model.LeadMember], AsAt).Should().Be(false);
    }

    [Test]
    public void A_Person_compares_with_an_Officer_and_a_Councillor()
    {
        var scope = Scope("post", ("post", "Post"), ("officer", "Officer"), ("councillor", "Councillor"));
        var condition = Condition("holder == officer and holder != councillor", scope);
        condition([model.Dcs, model.Jane, model.Smith], AsAt).Should().Be(true);
        condition([model.LeadMember, model.Jane, model.Smith], AsAt).Should().Be(false);
    }

    [TestCase("any(authority.posts, p => p.role == LeadMemberForChildrensServices)", true)]
    [TestCase("any(authority.posts, p => p.role == ElectedMayor)", false)]
    [TestCase("all(authority.posts, p => p.authority == authority)", true)]
    [TestCase("all(authority.posts, p => not p.isVacant)", false)]
    [TestCase("any(additionalFunctions, f => f == Leisure)", true)]
    [TestCase("all(additionalFunctions, f => f in [Education, Leisure])", true)]
    [TestCase("any(holder.politicalOffices, o => contains(o, 'parish'))", false)]
    [TestCase("any(authority.boards, b => any(b.members, m => m.person == holder and m.capacity == Member))", true)]
    [TestCase("any(authority.posts, p => p != post and p.holder == holder)", true)]
    [TestCase("any(authority.posts, p => p.role == role and p.holder == holder)", true)]
    public void Any_and_all_test_each_item_with_its_own_name(string condition, bool expected) =>
        OnPost(condition, model.Dcs).Should().Be(expected);

    [Test]
    public void Inside_any_bare_names_still_refer_to_the_patterns_own_fact()
    {
        // 'role' inside the lambda is the DCS post's role, 'p.role' the item's.
        OnPost("any(authority.posts, p => p.role == DirectorOfAdultSocialServices and p.holder == holder)", model.Dcs).Should().BeTrue();
        OnPost("any(authority.posts, p => p.role == DirectorOfAdultSocialServices and p.holder == holder)", model.LeadMember).Should().BeFalse();
    }

    [Test]
    public void Any_and_all_on_an_empty_or_missing_list()
    {
        OnPost("any(jointWith, a => a.kind == Unitary)", model.Dcs).Should().BeFalse();
        OnPost("all(jointWith, a => a.kind == Unitary)", model.Dcs).Should().BeTrue();
        OnPost("any(reportsTo.additionalFunctions, f => f == Housing)", model.Vacant).Should().BeFalse();
        OnPost("all(reportsTo.additionalFunctions, f => f == Housing)", model.Vacant).Should().BeTrue();
    }

    [Test]
    public void Members_reach_through_the_model()
    {
        ValueOnPost("authority.name", model.Dcs).Should().Be("Nottinghamshire County Council");
        ValueOnPost("reportsTo.holder.name", model.Dcs).Should().Be("Alan Chief");
        ValueOnPost("holder.vettingAndBarring.registeredOn", model.Dcs).Should().Be(new DateOnly(2009, 10, 12));
        ValueOnPost("authority.isTwoTier", model.Dcs).Should().Be(true);
        ValueOnPost("tenure", model.Dass).Should().Be(Tenure.Interim);
        ValueOnPost("post", model.Dass).Should().BeSameAs(model.Dass);
    }

    [Test]
    public void Councillor_members_are_readable_on_a_Councillor_binding()
    {
        var scope = Scope("c", ("c", "Councillor"));
        Condition("isExecutiveMember and party == 'Independent' and count(politicalOffices) == 2", scope)([model.Smith], AsAt)
            .Should().Be(true);
    }

    [Test]
    public void Value_result_types_are_the_members_types()
    {
        Compiler.CompileValue("holder", PostScope).ResultType.Should().Be<Person>();
        Compiler.CompileValue("start", PostScope).ResultType.Should().Be<DateOnly?>();
        Compiler.CompileValue("role", PostScope).ResultType.Should().Be<PostRole>();
        Compiler.CompileValue("reportsTo.role", PostScope).ResultType.Should().Be<PostRole?>();
        Compiler.CompileValue("authority.isTwoTier", PostScope).ResultType.Should().Be<bool>();
        Compiler.CompileValue("count(additionalFunctions)", PostScope).ResultType.Should().Be<int>();
        Compiler.CompileValue("authority.posts", PostScope).ResultType.Should().Be<IReadOnlyList<Post>>();
    }
}
