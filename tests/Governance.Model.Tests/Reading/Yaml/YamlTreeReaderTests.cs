using System.Text;
using Governance.Model.Tests.Loading;

namespace Governance.Model.Tests.Reading.Yaml;

/// <summary>YAML that is malformed, hostile or not shaped like an authority file.</summary>
public class YamlTreeReaderTests
{
    [Test]
    public void EmptyFile_IsReportedAtItsStart()
    {
        var diagnostic = TestYaml.Load(string.Empty).Only();

        diagnostic.Code.Should().Be("GOV105");
        diagnostic.Message.Should().Contain("empty");
        diagnostic.ShouldBeAt(1, 1);
    }

    [Test]
    public void FileOfOnlyComments_SaysSo() =>
        TestYaml.Load("# Nottinghamshire\n# to be written\n").Only().Message.Should().Contain("only comments");

    [Test]
    public void DocumentMarkerWithNothingAfterIt_IsAnEmptyFile() =>
        TestYaml.Load("---\n").Only().Code.Should().Be("GOV105");

    [Test]
    public void TopLevelList_IsReported()
    {
        var diagnostic = TestYaml.Load("- code: E10000024\n- code: E06000018\n").Only();

        diagnostic.Code.Should().Be("GOV109");
        diagnostic.Message.Should().Contain("a list");
        diagnostic.ShouldBeAt(1, 1);
    }

    [Test]
    public void TopLevelScalar_IsReported() =>
        TestYaml.Load("Nottinghamshire\n").Only().Message.Should().Contain("the text 'Nottinghamshire'");

    [Test]
    public void SeveralDocuments_AreReportedAtTheSecond()
    {
        var diagnostic = TestYaml.Load(TestYaml.Header + "---\n" + TestYaml.Header).Only();

        diagnostic.Code.Should().Be("GOV106");
        diagnostic.ShouldBeAt(5, 1);
    }

    [Test]
    public void Anchor_IsRefusedWithTheReason()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  - &jane\n    id: jdoe\n").Only();

        diagnostic.Code.Should().Be("GOV107");
        diagnostic.Message.Should().Contain("&jane").And.Contain("billion laughs");
        diagnostic.ShouldBeAt(6, 5);
    }

    [Test]
    public void Alias_IsRefused()
    {
        var diagnostic = TestYaml.Load("code: E10000024\nname: *n\n").Only();

        diagnostic.Code.Should().Be("GOV107");
        diagnostic.ShouldBeAt(2, 7);
    }

    [Test]
    public void BillionLaughs_IsRefusedAtTheFirstAnchorWithoutExpanding()
    {
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = $"*a{i - 1}";
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        var result = TestYaml.Load(text.ToString());

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV107");
        diagnostic.ShouldBeAt(1, 5);
        result.Authorities.Should().BeEmpty();
    }

    [Test]
    public void FlowNestingTenThousandDeep_IsRefusedAtTheDepthBound()
    {
        var text = "code: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var diagnostic = TestYaml.Load(text).Only();

        diagnostic.Code.Should().Be("GOV108");
        diagnostic.Message.Should().Contain("64");
        diagnostic.ShouldBeAt(1, 7 + 63);
    }

    [Test]
    public void BlockNestingTenThousandDeep_IsRefusedAtTheDepthBound()
    {
        // Block sequences can nest on one line: "- - - x" is a list in a list in a list.
        var text = "code:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";

        var diagnostic = TestYaml.Load(text).Only();

        diagnostic.Code.Should().Be("GOV108");
        diagnostic.ShouldBeAt(2, 1 + (2 * 63));
    }

    [Test]
    public void NestingWithinTheBound_IsRead()
    {
        // The depth bound counts the top-level mapping as 1: 63 more levels are allowed.
        var text = TestYaml.Header + "posts: " + new string('[', 63) + new string(']', 63) + "\n";

        TestYaml.Load(text).Diagnostics.Should().NotContain(d => d.Code == "GOV108");
    }

    [Test]
    public void TabIndentation_IsExplainedAtTheTab()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n\t- id: jdoe\n").Only();

        diagnostic.Code.Should().Be("GOV104");
        diagnostic.Message.Should().Contain("tab").And.Contain("spaces");
        diagnostic.ShouldBeAt(6, 1);
    }

    [Test]
    public void MalformedYaml_KeepsYamlDotNetsPosition()
    {
        var diagnostic = TestYaml.LoadWithHeader("districts: [E07000170, E07000171\n").Only();

        diagnostic.Code.Should().Be("GOV104");
        diagnostic.Message.Should().StartWith("The YAML is malformed: ").And.Contain("did not find expected ',' or ']'");
        diagnostic.ShouldBeAt(6, 1);
    }

    [Test]
    public void UnclosedBracketFollowedByMoreKeys_IsMalformedNotACrash()
    {
        // YamlDotNet 16.3.0 threw InvalidOperationException here rather than a YamlException: whatever it throws, it is GOV104.
        var diagnostic = TestYaml.LoadWithHeader("districts: [E07000170, E07000171\npeople: []\n").Only();

        diagnostic.Code.Should().Be("GOV104");
        diagnostic.Message.Should().Contain("unclosed bracket");
        diagnostic.Location.Line.Should().BeInRange(5, 7);
    }

    [Test]
    public void ColonInsideAPlainValue_IsMalformed()
    {
        var diagnostic = TestYaml.Load("code: E10000024\nname: Notts: County\n").Only();

        diagnostic.Code.Should().Be("GOV104");
        diagnostic.ShouldBeAt(2, 12);
    }

    [Test]
    public void DuplicateKey_IsReportedAtTheSecondWithTheFirstLine()
    {
        var diagnostic = TestYaml.Load(TestYaml.Header + "name: Notts\n").Only();

        diagnostic.Code.Should().Be("GOV121");
        diagnostic.Message.Should().Contain("'name'").And.Contain("line 2");
        diagnostic.ShouldBeAt(5, 1);
    }

    [Test]
    public void DuplicateKeyInANestedMapping_IsReported()
    {
        var result = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: leader\n    role: chiefExecutive\n");

        result.Only().Code.Should().Be("GOV121");
        result.Only().ShouldBeAt(8, 5);
        result.Authorities.Should().BeEmpty();
    }

    [Test]
    public void Tag_IsRefused()
    {
        var diagnostic = TestYaml.Load(TestYaml.Header.Replace("name: Nottinghamshire", "name: !!str Nottinghamshire", StringComparison.Ordinal)).Only();

        diagnostic.Code.Should().Be("GOV110");
        diagnostic.ShouldBeAt(2, 7);
    }

    [Test]
    public void KeyThatIsAList_IsRefused()
    {
        var diagnostic = TestYaml.Load("? [a, b]\n: c\n").Only();

        diagnostic.Code.Should().Be("GOV111");
        diagnostic.Message.Should().Contain("a list");
    }

    [Test]
    public void RandomBytes_NeverThrow()
    {
        var random = new Random(20091001);
        var alphabet = "abc:-[]{}?&*!|>'\"#%@`,\n\t ~0123456789\\\u00e9\uFEFF"u8.ToArray();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            for (var j = 0; j < bytes.Length; j++)
            {
                bytes[j] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            var text = Encoding.UTF8.GetString(bytes);

            var result = TestYaml.Load(text);

            result.Diagnostics.Should().NotBeEmpty("text {0} is no valid authority", text);
            result.Diagnostics.Should().OnlyContain(d => d.Code.StartsWith("GOV1", StringComparison.Ordinal));
        }
    }
}
