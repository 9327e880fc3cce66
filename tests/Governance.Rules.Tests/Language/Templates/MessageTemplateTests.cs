using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Language;
using Governance.Rules.Language.Templates;
using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language.Templates;

public class MessageTemplateTests
{
    private static readonly ExpressionScope DcsDass = Scope(null, ("dcs", "Post"), ("dass", "Post"));

    private LanguageFixture model = null!;

    [SetUp]
    public void SetUp() => model = new LanguageFixture();

    private static MessageTemplate Template(string text, ExpressionScope scope)
    {
        var compiled = Compiler.CompileTemplate(text, scope);
        compiled.Diagnostics.Should().BeEmpty();
        return compiled.Template!;
    }

    [Test]
    public void Holes_are_filled_from_the_bindings()
    {
        var template = Template("{dcs.authority.name}: {dcs.holder.name} is both DCS and DASS.", DcsDass);
        template.Format([model.Dcs, model.Dass], AsAt).Should().Be("Nottinghamshire County Council: Jane Doe is both DCS and DASS.");
        template.Holes.Select(h => (h.Text, h.Offset)).Should().Equal(("dcs.authority.name", 1), ("dcs.holder.name", 23));
        template.Text.Should().Be("{dcs.authority.name}: {dcs.holder.name} is both DCS and DASS.");
    }

    [Test]
    public void A_message_may_have_fifty_holes_but_not_more_and_the_rest_are_not_compiled()
    {
        var fifty = string.Concat(Enumerable.Repeat("{dcs.holder.name} ", 50));
        var fiftyThousand = string.Concat(Enumerable.Repeat("{dcs.holder.name} ", 50_000));

        Compiler.CompileTemplate(fifty, DcsDass).Diagnostics.Should().BeEmpty();
        var error = Compiler.CompileTemplate(fiftyThousand, DcsDass).Diagnostics.Should().ContainSingle().Subject;

        error.Code.Should().Be("GOV211");
        error.Offset.Should().Be(fifty.Length);
        error.Message.Should().Contain("at most 50");
    }

    [Test]
    public void Doubled_braces_are_literal_braces()
    {
        Template("{{literal}} {dcs.id} }}{{", DcsDass).Format([model.Dcs, model.Dass], AsAt).Should().Be("{literal} dcs }{");
        Template("no holes", DcsDass).Format([model.Dcs, model.Dass], AsAt).Should().Be("no holes");
        Template("", DcsDass).Format([model.Dcs, model.Dass], AsAt).Should().BeEmpty();
    }

    [Test]
    public void A_hole_may_contain_braces_inside_quoted_text()
    {
        Template("{contains(dcs.holder.name, '}')}", DcsDass).Format([model.Dcs, model.Dass], AsAt).Should().Be("no");
    }

    [Test]
    public void Values_are_formatted_invariantly()
    {
        var template = Template(
            "start {dcs.start}; end {dcs.end}; role {dcs.role}; tenure {dass.tenure}; functions {dcs.additionalFunctions}; " +
            "joint {dcs.jointWith}; offices {dcs.holder.politicalOffices}; smt {dcs.onSeniorManagementTeam}; vacant {dcs.isVacant}; " +
            "posts {count(dcs.authority.posts)}; as at {asAt}; reports to {dcs.reportsTo}; holder {dcs.holder}",
            DcsDass);
        template.Format([model.Dcs, model.Dass], new DateOnly(2010, 4, 1)).Should().Be(
            "start 2008-04-01; end (none); role directorOfChildrensServices; tenure interim; functions education, leisure; " +
            "joint (none); offices (none); smt yes; vacant no; posts 5; as at 2010-04-01; reports to Chief Executive (Alan Chief); holder Jane Doe");
    }

    [Test]
    public void Lists_of_facts_and_text_are_comma_joined()
    {
        var scope = Scope(null, ("c", "Councillor"), ("a", "Authority"));
        Template("{c.politicalOffices} / {a.people} / {a.districts}", scope).Format([model.Smith, model.Authority], AsAt)
            .Should().Be("parish councillor, party branch chair / Jane Doe, Alan Chief, Cllr Pat Smith / Ashfield District Council (E07000170)");
    }

    [Test]
    public void A_group_is_shown_by_its_key()
    {
        var scope = new ExpressionScope([new Binding("g", FactTypeNamed("Post"), typeof(FactGroup<Person?, Post>))], null);
        Template("{g}: {g.count} posts", scope).Format([new FactGroup<Person?, Post>(model.Jane, [model.Dcs, model.Dass])], AsAt)
            .Should().Be("Jane Doe: 2 posts");
    }

    [Test]
    public void Missing_values_read_as_none()
    {
        Template("{dass.reportsTo.holder.name} / {dass.start} / {null}", DcsDass).Format([model.Dcs, model.Dass], AsAt)
            .Should().Be("(none) / (none) / (none)");
    }

    [TestCase("{dcs.holder.nme} is DCS", "GOV202", "nme", "Person has no member 'nme'. Did you mean 'name'?")]
    [TestCase("DCS is {dsc.holder.name}", "GOV202", "dsc", "Did you mean 'dcs'?")]
    [TestCase("unclosed {dcs.holder.name", "GOV208", "{dcs.holder.name", "This '{' has no closing '}'.")]
    [TestCase("stray } here", "GOV208", "}", "This '}' closes nothing. To show a brace in the message write '}}'.")]
    [TestCase("empty {} hole", "GOV208", "{}", "This hole is empty")]
    [TestCase("empty {   } hole", "GOV208", "{   }", "This hole is empty")]
    [TestCase("bad { dcs.holder.GetType() } call", "GOV207", "GetType()", "Rules cannot call methods")]
    [TestCase("bad {date('2010-02-31')}", "GOV206", "'2010-02-31'", "'2010-02-31' is not a real date.")]
    [TestCase("bad {dcs.role ==}", "GOV201", "", "The expression ends too early")]
    public void Template_errors_have_codes_and_exact_places(string text, string code, string pointed, string message)
    {
        var compiled = Compiler.CompileTemplate(text, DcsDass);
        compiled.Template.Should().BeNull();
        compiled.Succeeded.Should().BeFalse();
        var error = compiled.Diagnostics[0];
        error.Code.Should().Be(code);
        error.Message.Should().Contain(message);
        Pointed(text, error).Should().Be(pointed);
    }

    [Test]
    public void Every_template_error_is_reported()
    {
        const string text = "{dcs.holder.nme} and {dass.rol} and } and {";
        var compiled = Compiler.CompileTemplate(text, DcsDass);
        compiled.Diagnostics.Select(d => (d.Code, Pointed(text, d))).Should().Equal(
            ("GOV202", "nme"), ("GOV202", "rol"), ("GOV208", "}"), ("GOV208", "{"));
    }

    [Test]
    public void A_template_is_thread_safe_and_compiles_each_hole_once()
    {
        var template = Template("{dcs.holder.name} holds {count(dcs.additionalFunctions)} extra functions", DcsDass);
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => template.Format([model.Dcs, model.Dass], AsAt)).Distinct().ToList();
        results.Should().Equal("Jane Doe holds 2 extra functions");
    }
}
