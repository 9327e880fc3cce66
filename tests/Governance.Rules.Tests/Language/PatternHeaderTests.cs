using Governance.Rules.Language;
using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class PatternHeaderTests
{
    [Test]
    public void A_plain_pattern_with_a_condition()
    {
        const string text = "Post where role == DirectorOfChildrensServices and not isVacant";
        var header = Compiler.ParsePatternHeader(text);
        header.Succeeded.Should().BeTrue();
        header.Kind.Should().Be(PatternKind.Match);
        header.TypeName.Should().Be("Post");
        header.TypeOffset.Should().Be(0);
        header.Type!.ClrType.Should().Be<Governance.Model.Post>();
        header.KeyText.Should().BeNull();
        header.KeyOffset.Should().Be(-1);
        header.ConditionText.Should().Be("role == DirectorOfChildrensServices and not isVacant");
        header.ConditionOffset.Should().Be(11);
    }

    [Test]
    public void A_pattern_without_a_condition()
    {
        var header = Compiler.ParsePatternHeader("  Board  ");
        header.Succeeded.Should().BeTrue();
        header.TypeName.Should().Be("Board");
        header.TypeOffset.Should().Be(2);
        header.ConditionText.Should().BeNull();
        header.ConditionOffset.Should().Be(-1);
    }

    [TestCase("count Post where isVacant", "Count", "Post", 6, 17)]
    [TestCase("collect BoardMembership where capacity == Member", "Collect", "BoardMembership", 8, 30)]
    [TestCase("count Councillor", "Count", "Councillor", 6, -1)]
    public void Aggregate_patterns(string text, string kind, string type, int typeOffset, int conditionOffset)
    {
        var header = Compiler.ParsePatternHeader(text);
        header.Diagnostics.Should().BeEmpty();
        header.Kind.Should().Be(Enum.Parse<PatternKind>(kind));
        header.TypeName.Should().Be(type);
        header.TypeOffset.Should().Be(typeOffset);
        header.ConditionOffset.Should().Be(conditionOffset);
        if (conditionOffset >= 0)
        {
            text[conditionOffset..].Should().Be(header.ConditionText);
        }
    }

    [Test]
    public void A_group_pattern_reports_its_key_and_condition()
    {
        const string text = "group Post by holder where holder != null and role in [DirectorOfChildrensServices, DirectorOfAdultSocialServices]";
        var header = Compiler.ParsePatternHeader(text);
        header.Diagnostics.Should().BeEmpty();
        header.Kind.Should().Be(PatternKind.Group);
        header.KeyText.Should().Be("holder");
        header.KeyOffset.Should().Be(14);
        header.ConditionText.Should().StartWith("holder != null");
        header.ConditionOffset.Should().Be(27);
    }

    [Test]
    public void A_group_key_can_be_an_expression_with_text_containing_where()
    {
        const string text = "group Post by lower(holder.name) == 'where' where isVacant";
        var header = Compiler.ParsePatternHeader(text);
        header.Diagnostics.Should().BeEmpty();
        header.KeyText.Should().Be("lower(holder.name) == 'where'");
        header.ConditionText.Should().Be("isVacant");
        header.ConditionOffset.Should().Be(text.Length - "isVacant".Length);
    }

    [Test]
    public void The_parts_of_a_header_compile_with_offsets_that_map_back()
    {
        const string text = "group Post by holder.nme where rol == Leader";
        var header = Compiler.ParsePatternHeader(text);
        var key = Compiler.CompileValue(header.KeyText!, PostScope).Diagnostics.Single().Shift(header.KeyOffset);
        var condition = Compiler.CompileCondition(header.ConditionText!, PostScope).Diagnostics.Single().Shift(header.ConditionOffset);
        Pointed(text, key).Should().Be("nme");
        Pointed(text, condition).Should().Be("rol");
    }

    [TestCase("Pots where isVacant", "GOV202", "Pots", "There is no type of fact called 'Pots'. Did you mean 'Post'? The types are: 'Authority', 'AuthorityReference'")]
    [TestCase("post where isVacant", "GOV202", "post", "Did you mean 'Post'?")]
    [TestCase("Membership where person == dcs.holder", "GOV202", "Membership", "There is no type of fact called 'Membership'.")]
    [TestCase("", "GOV210", "", "The pattern is empty")]
    [TestCase("count", "GOV210", "count", "'count' must be followed by the type of fact to count, for example 'count Post where ...'.")]
    [TestCase("count where isVacant", "GOV210", "where", "'count' must be followed by the type of fact to count")]
    [TestCase("where isVacant", "GOV210", "where", "A pattern starts with the type of fact to match (for example 'Post'), but this starts with 'where'.")]
    [TestCase("'Post' where isVacant", "GOV210", "'Post'", "A pattern starts with the type of fact to match")]
    [TestCase("Post where", "GOV210", "where", "'where' must be followed by a condition")]
    [TestCase("Post when isVacant", "GOV210", "when isVacant", "Expected 'where' and a condition after 'Post', but found 'when'.")]
    [TestCase("group Post where isVacant", "GOV210", "group", "A group pattern needs 'by' and the key to group on, as in 'group Post by authority where ...'.")]
    [TestCase("Post by holder where isVacant", "GOV210", "by", "'by' belongs to group patterns only")]
    [TestCase("group Post by where isVacant", "GOV210", "by", "'by' must be followed by the key to group on")]
    public void Header_errors_have_codes_and_exact_places(string text, string code, string pointed, string message)
    {
        var header = Compiler.ParsePatternHeader(text);
        header.Succeeded.Should().BeFalse();
        var error = header.Diagnostics[0];
        error.Code.Should().Be(code);
        error.Message.Should().Contain(message);
        Pointed(text, error).Should().Be(pointed);
    }

    [Test]
    public void Several_header_errors_are_reported_together()
    {
        var header = Compiler.ParsePatternHeader("Post by holder where");
        header.Diagnostics.Select(d => d.Code).Should().Equal("GOV210", "GOV210");
    }
}
