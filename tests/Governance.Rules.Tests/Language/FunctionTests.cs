using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class FunctionTests
{
    private LanguageFixture model = null!;

    [SetUp]
    public void SetUp() => model = new LanguageFixture();

    [Test]
    public void Count_counts_a_list_and_a_missing_list_is_zero()
    {
        ValueOnPost("count(authority.posts)", model.Dcs).Should().Be(5);
        ValueOnPost("count(reportsTo.additionalFunctions)", model.Vacant).Should().Be(0);
        ValueOnPost("count(null)", model.Dcs).Should().Be(0);
    }

    [Test]
    public void IsEmpty_works_on_lists_and_text_and_missing_counts_as_empty()
    {
        OnPost("isEmpty(jointWith)", model.Dcs).Should().BeTrue();
        OnPost("isEmpty(additionalFunctions)", model.Dcs).Should().BeFalse();
        OnPost("isEmpty(holder.name)", model.Dcs).Should().BeFalse();
        OnPost("isEmpty('')", model.Dcs).Should().BeTrue();
        OnPost("isEmpty(holder.name)", model.Vacant).Should().BeTrue();
        OnPost("isEmpty(null)", model.Dcs).Should().BeTrue();
    }

    [TestCase("contains(holder.name, 'Doe')", true)]
    [TestCase("contains(holder.name, 'doe')", false)]
    [TestCase("contains(lower(holder.name), 'doe')", true)]
    [TestCase("startsWith(holder.name, 'Jane')", true)]
    [TestCase("startsWith(holder.name, 'Doe')", false)]
    [TestCase("lower(authority.name) == 'nottinghamshire county council'", true)]
    public void Text_functions_are_ordinal(string condition, bool expected) => OnPost(condition, model.Dcs).Should().Be(expected);

    [Test]
    public void Text_functions_on_missing_text()
    {
        OnPost("contains(holder.name, 'Doe')", model.Vacant).Should().BeFalse();
        OnPost("startsWith(holder.name, '')", model.Vacant).Should().BeFalse();
        ValueOnPost("lower(holder.name)", model.Vacant).Should().BeNull();
    }

    [Test]
    public void Date_functions()
    {
        ValueOnPost("addYears(date('2008-02-29'), 1)", model.Dcs).Should().Be(new DateOnly(2009, 2, 28));
        ValueOnPost("addMonths(date('2008-01-31'), 1)", model.Dcs).Should().Be(new DateOnly(2008, 2, 29));
        ValueOnPost("addDays(start, -1)", model.Dcs).Should().Be(new DateOnly(2008, 3, 31));
        ValueOnPost("yearsBetween(start, date('2010-03-31'))", model.Dcs).Should().Be(1);
        ValueOnPost("yearsBetween(start, date('2010-04-01'))", model.Dcs).Should().Be(2);
        ValueOnPost("yearsBetween(date('2010-04-01'), start)", model.Dcs).Should().Be(-2);
        ValueOnPost("daysBetween(start, date('2008-05-01'))", model.Dcs).Should().Be(30);
        ValueOnPost("daysBetween(asAt, start)", model.Dcs, new DateOnly(2008, 4, 11)).Should().Be(-10);
    }

    [Test]
    public void Date_functions_on_missing_dates_give_missing_results_that_compare_false()
    {
        ValueOnPost("addYears(start, 1)", model.Vacant).Should().BeNull();
        ValueOnPost("yearsBetween(start, asAt)", model.Vacant).Should().BeNull();
        OnPost("yearsBetween(start, asAt) >= 0", model.Vacant).Should().BeFalse();
        OnPost("yearsBetween(start, asAt) < 0", model.Vacant).Should().BeFalse();
        OnPost("addYears(start, 3) > asAt", model.LeadMember, new DateOnly(2012, 4, 30)).Should().BeTrue();
    }

    [Test]
    public void Date_functions_on_non_missing_dates_have_non_nullable_types()
    {
        Compiler.CompileValue("addDays(asAt, 1)", PostScope).ResultType.Should().Be<DateOnly>();
        Compiler.CompileValue("addDays(start, 1)", PostScope).ResultType.Should().Be<DateOnly?>();
        Compiler.CompileValue("daysBetween(asAt, date('2010-01-01'))", PostScope).ResultType.Should().Be<int>();
        Compiler.CompileValue("yearsBetween(start, asAt)", PostScope).ResultType.Should().Be<int?>();
    }

    [TestCase("count()", "count(...) takes 1 argument, but 0 were given. Write count(list).")]
    [TestCase("count(jointWith, additionalFunctions)", "count(...) takes 1 argument, but 2 were given. Write count(list).")]
    [TestCase("lower('a', 'b') == 'a'", "lower(...) takes 1 argument, but 2 were given. Write lower(text).")]
    [TestCase("contains('a')", "contains(...) takes 2 arguments, but 1 was given. Write contains(text, part).")]
    [TestCase("addYears(start)", "addYears(...) takes 2 arguments, but 1 was given. Write addYears(date, years).")]
    [TestCase("any(jointWith)", "any(...) takes 2 arguments, but 1 was given. Write any(list, x => condition).")]
    [TestCase("date('2008-01-01', 'x') == asAt", "date(...) takes 1 argument, but 2 were given. Write date('YYYY-MM-DD').")]
    public void Wrong_argument_counts_are_GOV205_on_the_whole_call(string condition, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV205");
        error.Message.Should().Be(message);
        Pointed(condition, error).Should().StartWith(condition.Split(' ')[0].Split('(')[0] + "(").And.EndWith(")");
    }

    [TestCase("count(holder) == 1", "holder", "The first argument of count(...) must be a list, but 'holder' is a Person.")]
    [TestCase("count(holder.name) == 1", "holder.name", "must be a list, but 'holder.name' is text")]
    [TestCase("isEmpty(start)", "start", "must be a list or text, but 'start' is a date")]
    [TestCase("contains(additionalFunctions, ServiceFunction.Education)", "additionalFunctions", "To ask whether a list has an item, write 'item in list'.")]
    [TestCase("startsWith(holder.name, 3)", "3", "The second argument of startsWith(...) must be text, but '3' is a number.")]
    [TestCase("lower(role) == 'x'", "role", "must be text, but 'role' is a PostRole value")]
    [TestCase("addDays(start, 'one') > asAt", "'one'", "The second argument of addDays(...) must be a whole number")]
    [TestCase("addMonths(3, 1) > asAt", "3", "The first argument of addMonths(...) must be a date")]
    [TestCase("yearsBetween(start, 2010) > 1", "2010", "The second argument of yearsBetween(...) must be a date")]
    [TestCase("daysBetween(holder, asAt) > 1", "holder", "The first argument of daysBetween(...) must be a date")]
    [TestCase("any(holder, h => true)", "holder", "The first argument of any(...) must be a list")]
    [TestCase("all(jointWith, true)", "true", "The second argument of all(...) must be a condition on each item, written 'x => condition'")]
    [TestCase("count(jointWith, j => true) == 0", "j => true", "count(...) does not take a condition 'j => ...'; only any(...) and all(...) do.")]
    public void Wrong_argument_types_are_GOV205_on_the_argument(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV205");
        error.Message.Should().Contain(message);
        Pointed(condition, error).Should().Be(pointed);
    }

    [Test]
    public void The_condition_in_any_must_be_yes_or_no()
    {
        const string condition = "any(jointWith, j => j.name)";
        var error = Error(condition);
        error.Code.Should().Be("GOV203");
        error.Message.Should().Be("The condition in any(...) must be a yes/no condition, but 'j.name' is text.");
        Pointed(condition, error).Should().Be("j.name");
    }

    [TestCase("date('2008-02-30') < asAt", "'2008-02-30'", "'2008-02-30' is not a real date.")]
    [TestCase("date('1/1/2008') < asAt", "'1/1/2008'", "Write dates as year-month-day")]
    [TestCase("date('2008-1-1') < asAt", "'2008-1-1'", "'2008-1-1' is not a real date.")]
    [TestCase("date(asAt) < asAt", "asAt", "date(...) takes a date written in quotes")]
    public void Bad_dates_are_GOV206(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV206");
        error.Message.Should().Contain(message);
        Pointed(condition, error).Should().Be(pointed);
    }

    [TestCase("cont(additionalFunctions) == 1", "cont", "There is no function 'cont'. Did you mean 'count'?")]
    [TestCase("isempty(jointWith)", "isempty", "There is no function 'isempty'. Did you mean 'isEmpty'?")]
    [TestCase("upper(holder.name) == 'X'", "upper", "There is no function 'upper'. The functions are: count, any, all, isEmpty")]
    [TestCase("now() > start", "now", "There is no function 'now'.")]
    public void Unknown_functions_are_GOV204_with_did_you_mean(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV204");
        error.Message.Should().StartWith(message);
        Pointed(condition, error).Should().Be(pointed);
    }
}
