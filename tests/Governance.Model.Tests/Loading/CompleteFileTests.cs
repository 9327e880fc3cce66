using Governance.Model.Loading;
using Governance.Model.Tests.Schemas;

namespace Governance.Model.Tests.Loading;

/// <summary>
/// A whole authority file holds what every children's services authority has: a DCS post and a Lead Member post
/// (either may be vacant), the LSCB and the Children's Trust Board. A file cut short is refused, never judged as if
/// it were complete (GOV151).
/// </summary>
public class CompleteFileTests
{
    private static readonly string Nottinghamshire = Path.Combine(RepositoryPaths.SampleAuthorities, "nottinghamshire.yaml");

    [Test]
    public void A_sample_cut_in_half_no_longer_loads()
    {
        var lines = File.ReadAllLines(Nottinghamshire);
        var half = string.Join('\n', lines.Take(lines.Length / 2)) + "\n";

        var result = AuthorityLoader.LoadText(half, "half.yaml");

        result.Authorities.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == "GOV151");
    }

    [TestCaseSource(nameof(Samples))]
    public void Every_cut_before_the_last_required_section_is_refused(string sample)
    {
        var lines = File.ReadAllLines(sample);
        var lastRequired = LastLineOfARequiredSection(lines);

        var accepted = new List<int>();
        for (var kept = 1; kept < lastRequired; kept++)
        {
            var result = AuthorityLoader.LoadText(string.Join('\n', lines.Take(kept)) + "\n", "cut.yaml");
            if (!result.HasErrors)
            {
                accepted.Add(kept);
            }
        }

        accepted.Should().BeEmpty("a file cut after these numbers of lines was accepted as complete");
    }

    [Test]
    public void Each_missing_section_is_named_at_its_list()
    {
        var result = AuthorityLoader.LoadText(
            TestYaml.Header + "posts:\n  - id: ceo\n    role: chiefExecutive\nboards:\n  - id: b\n    kind: childrensTrustBoard\n    name: Trust Board\n",
            TestYaml.FileName);

        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).Should().Equal(("GOV151", 5), ("GOV151", 5), ("GOV151", 8));
        result.Diagnostics[0].Message.Should().StartWith("The file records no post of Director of Children's Services.")
            .And.Contain("leaving out 'holder' if it is vacant").And.EndWith("If the file was cut short, restore the rest of it.");
        result.Diagnostics[1].Message.Should().StartWith("The file records no post of Lead Member for Children's Services.");
        result.Diagnostics[2].Message.Should().StartWith("The file records no Local Safeguarding Children Board.");
    }

    [Test]
    public void A_file_with_no_posts_or_boards_is_refused_at_its_start()
    {
        var result = AuthorityLoader.LoadText(TestYaml.Header, TestYaml.FileName);

        result.Diagnostics.Should().HaveCount(4).And.OnlyContain(d => d.Code == "GOV151" && d.Location.Line == 1);
        result.Diagnostics[3].Message.Should().StartWith("The file records no Children's Trust Board.");
    }

    [Test]
    public void Vacant_posts_are_enough_the_rules_judge_the_vacancy()
    {
        var result = AuthorityLoader.LoadText(
            TestYaml.Header + """
            posts:
              - id: dcs
                role: directorOfChildrensServices
              - id: lm
                role: leadMemberForChildrensServices
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Safeguarding Board
              - id: ctb
                kind: childrensTrustBoard
                name: Trust Board
            """,
            TestYaml.FileName);

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Single().Posts.Should().OnlyContain(p => p.IsVacant);
    }

    [Test]
    public void A_mistake_inside_the_DCS_post_is_not_also_called_a_missing_post()
    {
        var result = AuthorityLoader.LoadText(
            TestYaml.Header + """
            posts:
              - id: dcs
                role: directorOfChildrensServices
                holder: nobody
              - id: lm
                role: leadMemberForChildrensServices
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Safeguarding Board
              - id: ctb
                kind: childrensTrustBoard
                name: Trust Board
            """,
            TestYaml.FileName);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV132");
    }

    private static int LastLineOfARequiredSection(string[] lines)
    {
        string[] markers =
        [
            "role: directorOfChildrensServices", "role: leadMemberForChildrensServices",
            "kind: localSafeguardingChildrenBoard", "kind: childrensTrustBoard",
        ];
        return markers.Max(m => Array.FindIndex(lines, l => l.Trim() == m) + 1);
    }

    private static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(RepositoryPaths.SampleAuthorities, "*.yaml").Order(StringComparer.Ordinal);
}
