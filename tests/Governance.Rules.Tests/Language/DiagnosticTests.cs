using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class DiagnosticTests
{
    [TestCase("role == ", "GOV201", "", "The expression ends too early: a value is missing here.")]
    [TestCase("(role == Leader", "GOV201", "(", "This '(' has no matching ')'.")]
    [TestCase("holder.name == 'Jane", "GOV201", "'Jane", "This text has no closing '.")]
    [TestCase("role = Leader", "GOV201", "=", "To compare two values write '==', not '='.")]
    [TestCase("!isVacant", "GOV201", "!", "Write 'not' instead of '!'.")]
    [TestCase("isVacant || isJoint", "GOV201", "||", "Write 'or' instead of '&&'.")]
    [TestCase("isVacant isJoint", "GOV201", "isJoint", "Expected 'and', 'or' or the end of the expression, but found 'isJoint'.")]
    [TestCase("1 < 2 < 3", "GOV201", "<", "Comparisons cannot be chained: join them with 'and', for example 'a < b and b < c'.")]
    [TestCase("count(additionalFunctions) * 2 == 4", "GOV201", "*", "'*' is not an operator in rules: only '+' and '-' work on numbers.")]
    [TestCase("holder. == null", "GOV201", ".", "Expected a member name after '.', but found '=='.")]
    [TestCase("() and isJoint", "GOV201", "()", "The brackets '()' are empty.")]
    [TestCase("", "GOV201", "", "The expression is empty.")]
    [TestCase("x => true", "GOV201", "=>", "'=>' can only be used inside any(...) or all(...), as in any(list, x => condition).")]
    [TestCase("1.5 > 1", "GOV206", "1.5", "'1.5' is not a whole number; rules use whole numbers only.")]
    [TestCase("99999999999 > 1", "GOV206", "99999999999", "The number 99999999999 is too large; numbers in rules go up to 2147483647.")]
    [TestCase("holder.name == 'a\\b'", "GOV206", "\\b", "A backslash in text can only come before ' or another backslash (write \\\\ for a backslash).")]
    [TestCase("2abc == 1", "GOV201", "2abc", "'2abc' is neither a number nor a name: a name cannot start with a digit.")]
    public void Syntax_and_literal_errors_have_codes_and_exact_places(string condition, string code, string pointed, string message)
    {
        var errors = Errors(condition);
        var error = errors[0];
        error.Code.Should().Be(code);
        if (condition.Contains("||", StringComparison.Ordinal))
        {
            message = "Write 'or' instead of '||'.";
        }

        error.Message.Should().Be(message);
        Pointed(condition, error).Should().Be(pointed);
    }

    [Test]
    public void All_mistakes_are_reported_in_one_pass_in_order()
    {
        const string condition = "rol == Leader and holder.nme == 'x' and conut(jointWith) == 1 and date('2009-13-01') < asAt";
        var errors = Errors(condition);
        errors.Select(e => e.Code).Should().Equal("GOV202", "GOV202", "GOV204", "GOV206");
        errors.Select(e => Pointed(condition, e)).Should().Equal("rol", "nme", "conut", "'2009-13-01'");
        errors[0].Message.Should().Contain("Did you mean 'role'?");
        errors[1].Message.Should().StartWith("Person has no member 'nme'. Did you mean 'name'?");
        errors[2].Message.Should().Contain("Did you mean 'count'?");
    }

    [Test]
    public void Syntax_errors_and_name_errors_are_both_reported()
    {
        const string condition = "holder.nam == 'x' and (isJoint";
        var errors = Errors(condition);
        errors.Select(e => (e.Code, Pointed(condition, e))).Should().Equal(("GOV202", "nam"), ("GOV201", "("));
    }

    [Test]
    public void Unknown_bare_name_lists_what_is_in_scope()
    {
        var scope = Scope("dass", ("dcs", "Post"), ("dass", "Post"));
        const string condition = "holder == dsc.holder";
        var error = Error(condition, scope);
        error.Code.Should().Be("GOV202");
        error.Message.Should().StartWith("'dsc' is not a name known at this point in the rule. Did you mean 'dcs'? Names you can use here: 'id', 'role', 'holder'");
        error.Message.Should().Contain("'dcs', 'dass', 'asAt'");
        Pointed(condition, error).Should().Be("dsc");
    }

    [Test]
    public void A_binding_made_later_is_not_known_yet()
    {
        var scope = Scope(null, ("dcs", "Post"));
        var error = Error("dcs.holder == lm.holder", scope);
        error.Code.Should().Be("GOV202");
        error.Message.Should().Be("'lm' is not a name known at this point in the rule. Names you can use here: 'dcs', 'asAt'.");
        error.Offset.Should().Be(14);
        error.Length.Should().Be(2);
    }

    [Test]
    public void A_fact_type_used_as_a_value_is_explained()
    {
        var error = Error("holder == Person");
        error.Code.Should().Be("GOV202");
        error.Message.Should().Be(
            "'Person' is a type of fact, not a value: match it in a pattern first (for example '- person: Person where ...') " +
            "and then use the name you gave it ('person').");
    }

    [Test]
    public void An_enum_value_with_nothing_to_compare_with_is_explained()
    {
        var error = Errors("Education", Scope(null))[0];
        error.Code.Should().Be("GOV202");
        error.Message.Should().Contain("'Education' is a ServiceFunction value, but nothing here says which")
            .And.Contain("'ServiceFunction.Education'");
    }

    [TestCase("role == DirectorOfChildrenServices", "DirectorOfChildrenServices", "Did you mean 'DirectorOfChildrensServices'?")]
    [TestCase("role == dcs", "dcs", "PostRole values are: 'ChiefExecutive', 'Leader', 'ElectedMayor'")]
    [TestCase("role == PostRole.Mayor", "Mayor", "'Mayor' is not a PostRole value. PostRole values are: 'ChiefExecutive', 'Leader'")]
    [TestCase("role == PostRole.ElectedMayer", "ElectedMayer", "Did you mean 'ElectedMayor'?")]
    [TestCase("role in [DirectorOfChildrensServices, Dass]", "Dass", "PostRole values are:")]
    [TestCase("Educaton in additionalFunctions", "Educaton", "Did you mean 'Education'?")]
    public void Unknown_enum_values_suggest_and_list_the_valid_ones(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV202");
        error.Message.Should().Contain(message);
        Pointed(condition, error).Should().Be(pointed);
    }

    [TestCase("Role == Leader", "Role", "Did you mean 'role'?")]
    [TestCase("isvacant", "isvacant", "Did you mean 'isVacant'?")]
    [TestCase("holder.nam == 'x'", "nam", "Person has no member 'nam'. Did you mean 'name'?")]
    [TestCase("authority.codes == 'x'", "codes", "Authority has no member 'codes'. Did you mean 'code'?")]
    [TestCase("holder.xyzzy == 'x'", "xyzzy", "Members of Person: 'id', 'name', 'politicalOffices', 'safeguardingTraining', 'vettingAndBarring', 'authority'.")]
    public void Unknown_members_suggest_the_nearest(string condition, string pointed, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV202");
        error.Message.Should().Contain(message);
        Pointed(condition, error).Should().Be(pointed);
    }

    [Test]
    public void An_Officer_only_member_on_a_Person_is_a_type_error_that_says_what_to_do()
    {
        const string condition = "holder.jobTitle == 'Director'";
        var error = Error(condition);
        error.Code.Should().Be("GOV203");
        error.Message.Should().Be(
            "'jobTitle' belongs to Officer only, but 'holder' may be any Person (Officer or Councillor). Match the Officer in a " +
            "pattern of its own (for example '- officer: Officer') and compare it, as in 'holder == officer'.");
        Pointed(condition, error).Should().Be("jobTitle");
    }

    [TestCase("role == 'DirectorOfChildrensServices'", "Write PostRole values without quotes, for example ChiefExecutive.")]
    [TestCase("holder == role", "'==' cannot compare a Person with a PostRole value.")]
    [TestCase("holder.name == 3", "'==' cannot compare text with a number.")]
    [TestCase("additionalFunctions == jointWith", "Lists cannot be compared with '=='")]
    [TestCase("holder == authority", "'==' cannot compare a Person with an Authority.")]
    [TestCase("start < 3", "'<' compares two numbers or two dates, but here it has a date and a number.")]
    [TestCase("holder.name < 'b'", "'<' compares two numbers or two dates, but here it has text and text.")]
    [TestCase("start < null", "'<' with null is always false. To test for a missing value write '== null' or '!= null'.")]
    [TestCase("isVacant == null", "Yes/no (true or false) here always has a value, so comparing it with null with '==' is pointless.")]
    [TestCase("count(jointWith) != null", "A number here always has a value")]
    [TestCase("start + 1 > asAt", "'+' works on whole numbers, but here it has a date and a number. To move a date, use addDays")]
    [TestCase("holder.name + 'x' == 'y'", "Text cannot be joined in a condition")]
    [TestCase("-holder.name == 'x'", "'-' works on numbers, but 'holder.name' is text.")]
    [TestCase("role in holder.name", "'in' needs a list on its right, but 'holder.name' is text. To look for a piece of text inside text, write contains(text, part).")]
    [TestCase("holder in additionalFunctions", "'in' looks for a Person in a list of ServiceFunction values, which can never match.")]
    [TestCase("role in [Leader, 'x']", "'in' cannot compare a PostRole value with text.")]
    [TestCase("[1, 2] == null", "A list written in [ ] can only follow 'in'")]
    public void Type_mismatches_are_GOV203(string condition, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV203");
        error.Message.Should().Contain(message);
    }

    [TestCase("holder.name", "A condition must be a yes/no condition, but 'holder.name' is text.")]
    [TestCase("count(jointWith)", "A condition must be a yes/no condition, but 'count(jointWith)' is a number.")]
    [TestCase("isVacant and role", "Each side of 'and' must be a yes/no condition, but 'role' is a PostRole value.")]
    [TestCase("not holder", "What follows 'not' must be a yes/no condition, but 'holder' is a Person.")]
    [TestCase("null", "A condition must be a yes/no condition, but 'null' is null.")]
    public void A_condition_must_be_yes_or_no(string condition, string message)
    {
        var error = Error(condition);
        error.Code.Should().Be("GOV203");
        error.Message.Should().Be(message);
    }

    [Test]
    public void Type_mismatch_points_at_the_whole_comparison()
    {
        const string condition = "isJoint and holder.name == 3";
        var error = Error(condition);
        Pointed(condition, error).Should().Be("holder.name == 3");
    }

    [Test]
    public void A_lambda_name_already_in_use_is_GOV209()
    {
        const string condition = "any(authority.posts, post => post.isVacant)";
        var error = Error(condition);
        error.Code.Should().Be("GOV209");
        error.Message.Should().Be("'post' is already a name in this rule; give the list's items another name, for example 'postItem'.");
        Pointed(condition, error).Should().Be("post");
    }

    [Test]
    public void A_lambda_name_is_not_known_outside_its_call()
    {
        const string condition = "any(jointWith, j => j.isChildrensServicesAuthority) and j.code == 'x'";
        var error = Error(condition);
        error.Code.Should().Be("GOV202");
        error.Offset.Should().Be(condition.LastIndexOf('j'));
    }

    [Test]
    public void Very_deep_nesting_is_an_error_not_a_crash()
    {
        var condition = new string('(', 300) + "true" + new string(')', 300);
        var errors = Errors(condition);
        errors[0].Code.Should().Be("GOV201");
        errors[0].Message.Should().Contain("nested too deeply");

        var nots = string.Concat(Enumerable.Repeat("not ", 500)) + "true";
        Errors(nots).Should().ContainSingle().Which.Message.Should().Contain("nested too deeply");
    }

    [TestCase(64)]
    [TestCase(66)]
    public void Quantifiers_nested_too_deeply_give_only_the_nesting_error(int depth)
    {
        var condition = "p0.role == Leader";
        for (var level = depth; level >= 1; level--)
        {
            condition = $"any({(level == 1 ? "authority" : $"p{level - 1}.authority")}.posts, p{(level == depth ? 0 : level)} => {condition})";
        }

        var error = Errors(condition).Should().ContainSingle().Subject;

        error.Code.Should().Be("GOV201");
        error.Message.Should().Contain("nested too deeply");
    }

    [Test]
    public void Quantifiers_nested_within_the_limit_compile()
    {
        var condition = "p30.role == Leader";
        for (var level = 30; level >= 1; level--)
        {
            condition = $"any({(level == 1 ? "authority" : $"p{level - 1}.authority")}.posts, p{level} => {condition})";
        }

        Compiler.CompileCondition(condition, PostScope).Succeeded.Should().BeTrue();
    }

    [TestCase("NAME == null", "name")]
    [TestCase("holder.NAME == null", "name")]
    [TestCase("NAME(holder) == 1", "name")]
    [TestCase("holder.name == 'TEXT'", "text")]
    [TestCase("count(additionalFunctions) == NUMBER", "number")]
    public void A_name_text_or_number_of_900000_characters_is_refused_without_being_quoted(string template, string what)
    {
        var condition = template
            .Replace("NAME", new string('x', 900_000), StringComparison.Ordinal)
            .Replace("TEXT", new string('t', 900_000), StringComparison.Ordinal)
            .Replace("NUMBER", new string('9', 900_000), StringComparison.Ordinal);

        var errors = Errors(condition);

        errors.Select(e => e.Code).Should().Equal(["GOV212"], string.Join("; ", errors.Select(e => e.Message.Length > 300 ? e.Message[..300] : e.Message)));
        errors[0].Message.Should().Contain($"This {what} is 9000").And.Contain("at most");
        errors.Should().OnlyContain(e => e.Message.Length < 300, "an error quotes at most a short part of what it is about");
    }

    [Test]
    public void A_name_of_a_hundred_characters_is_still_a_name()
    {
        var name = new string('x', 100);

        Error($"{name} == null").Message.Should().StartWith($"'{name}' is not a name known");
    }

    [Test]
    public void An_error_about_a_long_expression_quotes_only_its_beginning()
    {
        var longSum = string.Join(" + ", Enumerable.Repeat("count(additionalFunctions)", 150));

        var error = Error($"({longSum}) and isVacant");

        error.Code.Should().Be("GOV203");
        error.Message.Length.Should().BeLessThan(300);
    }

    [Test]
    public void A_very_long_expression_is_an_error_not_a_crash()
    {
        var condition = string.Join(" and ", Enumerable.Repeat("isJoint", 5000));
        Error(condition).Message.Should().StartWith("The expression is too long");
    }

    [Test]
    public void A_long_but_reasonable_expression_compiles()
    {
        var condition = string.Join(" or ", Enumerable.Repeat("role == Leader", 100));
        Compiler.CompileCondition(condition, PostScope).Succeeded.Should().BeTrue();
    }
}
