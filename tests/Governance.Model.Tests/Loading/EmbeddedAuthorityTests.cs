using Governance.Model.Loading;

namespace Governance.Model.Tests.Loading;

/// <summary>An authority written inside a larger YAML file, as a rule's test file writes one for each case.</summary>
public class EmbeddedAuthorityTests
{
    private const string File = "dcs-appointed.tests.yaml";

    // The file's authority starts at 3:3 (its first key); the first case's own sections at 13:7; the second case's
    // authority, another council with its own code, at 19:7.
    private const string Text = """
        rule: dcs-appointed
        authority:
          code: E10000024
          name: Nottinghamshire County Council
          kind: county
          recordedAsAt: 2010-04-01
          posts:
            - id: dcs
              role: directorOfChildrensServices
        cases:
          - case: the post is held
            authority:
              people:
                - id: anthony-may
                  type: officer
                  name: Anthony May
          - case: another council
            authority:
              code: E06000018
              name: Nottingham City Council
              kind: unitary
              recordedAsAt: 2010-04-01

        """;

    [Test]
    public void MappingAtAPlace_LoadsWithPlacesInTheLargerFile()
    {
        var result = AuthorityLoader.LoadEmbedded(Text, File, new SourceLocation(File, 19, 7));

        result.Diagnostics.Should().BeEmpty();
        var authority = result.Authorities.Should().ContainSingle().Subject;
        authority.Code.Should().Be("E06000018");
        authority.Location.Should().Be(new SourceLocation(File, 19, 7));
    }

    [Test]
    public void LaidOverAnother_KeepsTheLowerKeysItDoesNotWrite()
    {
        var result = AuthorityLoader.LoadEmbedded(Text, File, new SourceLocation(File, 13, 7), over: new SourceLocation(File, 3, 3));

        result.Diagnostics.Should().BeEmpty();
        var authority = result.Authorities.Should().ContainSingle().Subject;
        authority.Code.Should().Be("E10000024");
        authority.Posts.Select(p => p.Id).Should().Equal("dcs");
        authority.People.Single().Location.Should().Be(new SourceLocation(File, 14, 11));
    }

    [Test]
    public void KeyWrittenInTheUpperMapping_ReplacesTheLowerWhole()
    {
        const string text = """
            base:
              code: E10000024
              name: Nottinghamshire County Council
              kind: county
              recordedAsAt: 2010-04-01
              posts:
                - id: dcs
                  role: directorOfChildrensServices
            upper:
              posts:
                - id: lead-member
                  role: leadMemberForChildrensServices

            """;

        var authority = AuthorityLoader.LoadEmbedded(text, File, new SourceLocation(File, 10, 3), over: new SourceLocation(File, 2, 3)).Authorities.Single();

        authority.Posts.Select(p => p.Id).Should().Equal("lead-member");
    }

    [Test]
    public void EmbeddedAuthority_IsCheckedLikeAFile()
    {
        var broken = Text.Replace("kind: unitary", "kind: unitry", StringComparison.Ordinal);

        var result = AuthorityLoader.LoadEmbedded(broken, File, new SourceLocation(File, 19, 7));

        result.Authorities.Should().BeEmpty();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Location.Should().Be(new SourceLocation(File, 21, 13));
        diagnostic.Message.Should().Contain("unitary");
    }

    [Test]
    public void PlaceWhereNoMappingStarts_IsMisuse()
    {
        var load = () => AuthorityLoader.LoadEmbedded(Text, File, new SourceLocation(File, 2, 1));

        load.Should().Throw<ArgumentException>().WithParameterName("at");
    }
}
