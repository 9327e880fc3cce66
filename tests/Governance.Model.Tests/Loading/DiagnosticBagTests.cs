using System.Text;

namespace Governance.Model.Tests.Loading;

/// <summary>A file with a flood of problems is reported up to a limit, then summarised.</summary>
public class DiagnosticBagTests
{
    [Test]
    public void FileWithThousandsOfProblems_ListsTheFirstFiveHundredThenSaysHowManyMore()
    {
        var text = new StringBuilder(TestYaml.Header);
        for (var i = 0; i < 2000; i++)
        {
            text.Append("unknown").Append(i).Append(": x\n");
        }

        var result = TestYaml.Load(text.ToString());

        result.Diagnostics.Should().HaveCount(501);
        result.Diagnostics.Take(500).Should().OnlyContain(d => d.Code == "GOV120");
        result.Diagnostics[^1].Code.Should().Be("GOV112");
        result.Diagnostics[^1].Message.Should().StartWith("1500 more problem(s)");
        result.Authorities.Should().BeEmpty();
    }
}
