using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class SandboxTests
{
    [TestCase("holder.GetType() == null", "GetType() ", "Rules cannot call methods such as 'GetType(...)'")]
    [TestCase("holder.name.ToString() == 'x'", "ToString()", "Rules cannot call methods such as 'ToString(...)'")]
    [TestCase("holder.name.Equals('x')", "Equals('x')", "Rules cannot call methods such as 'Equals(...)'")]
    [TestCase("authority.LocationOf('Name') == null", "LocationOf('Name')", "Rules cannot call methods")]
    [TestCase("(isVacant or isJoint)(1)", "(isVacant or isJoint)(1)", "Only the built-in functions can be called")]
    public void Method_calls_are_rejected(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV207");
        error.Message.Should().StartWith(message);
        Pointed(condition, error).Trim().Should().Be(pointed.Trim());
    }

    [TestCase("location == null", "location")]
    [TestCase("memberLocations == null", "memberLocations")]
    [TestCase("holder.location == null", "location")]
    [TestCase("authority.memberLocations == null", "memberLocations")]
    public void File_positions_are_not_readable(string condition, string pointed)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV207");
        error.Message.Should().StartWith($"'{pointed}' records where a value is written in its file; rules cannot read it.");
        Pointed(condition, error).Should().Be(pointed);
    }

    [TestCase("System.IO.File == null", "System")]
    [TestCase("System.Environment.Exit(1)", "Exit(1)")]
    [TestCase("DateTime.Now > start", "DateTime")]
    [TestCase("typeof(Post) == null", "typeof")]
    [TestCase("Activator.CreateInstance('x') == null", "CreateInstance('x')")]
    public void Nothing_outside_the_model_is_reachable(string condition, string pointed)
    {
        var errors = Errors(condition);
        errors.Should().OnlyContain(e => e.Code == "GOV202" || e.Code == "GOV204" || e.Code == "GOV207");
        Pointed(condition, errors[0]).Should().Be(pointed);
    }

    [TestCase("holder.name.length > 3", "length", "'length' cannot be read from 'holder.name', which is text")]
    [TestCase("additionalFunctions.count == 2", "count", "To count a list write count(list)")]
    [TestCase("start.year == 2008", "year", "'year' cannot be read from 'start', which is a date")]
    [TestCase("count(jointWith).value == 0", "value", "which is a number")]
    public void Text_numbers_dates_and_lists_have_no_members(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV207");
        error.Message.Should().Contain(message);
        Pointed(condition, error).Should().Be(pointed);
    }

    [Test]
    public void Indexing_is_rejected()
    {
        const string condition = "authority.posts[0] == post";
        var error = Error(condition);
        error.Code.Should().Be("GOV207");
        Pointed(condition, error).Should().Be("authority.posts[0]");
    }

    [Test]
    public void Property_names_must_be_camelCase_so_PascalCase_is_an_unknown_member()
    {
        var error = Error("holder.Name == 'x'");
        error.Code.Should().Be("GOV202");
        error.Message.Should().Contain("Did you mean 'name'?");
    }
}
