using Governance.Model.Loading;

namespace Governance.Model.Tests.Loading;

/// <summary>Helpers for tests that load YAML text.</summary>
internal static class TestYaml
{
    /// <summary>The file name test text is loaded under.</summary>
    public const string FileName = "test.yaml";

    /// <summary>The required top-level keys of a valid file for Nottinghamshire, ending with a newline.</summary>
    public const string Header = """
        code: E10000024
        name: Nottinghamshire County Council
        kind: county
        recordedAsAt: 2010-04-01

        """;

    /// <summary>
    /// What every whole file of a children's services authority holds (GOV151): a DCS post and a Lead Member post,
    /// both vacant here, the LSCB and the Children's Trust Board; ending with a newline.
    /// </summary>
    public const string RequiredSections = """
        posts:
          - id: dcs
            role: directorOfChildrensServices
          - id: lead-member
            role: leadMemberForChildrensServices
        boards:
          - id: lscb
            kind: localSafeguardingChildrenBoard
            name: Safeguarding Children Board
          - id: ctb
            kind: childrensTrustBoard
            name: Children's Trust Board

        """;

    /// <summary>The smallest whole file for Nottinghamshire: <see cref="Header"/> and <see cref="RequiredSections"/>.</summary>
    public const string Complete = Header + RequiredSections;

    /// <summary>
    /// Loads text under <see cref="FileName"/> as a fragment: what the text holds is read as a whole file would be, but
    /// the sections every whole file must have (GOV151) are not required, so a test can hold just what it is about.
    /// </summary>
    public static AuthorityLoadResult Load(string text) => AuthorityLoader.LoadFragment(text, FileName);

    /// <summary>Loads the header followed by more text.</summary>
    public static AuthorityLoadResult LoadWithHeader(string rest) => Load(Header + rest);

    /// <summary>The one diagnostic of a result, asserting that there is exactly one.</summary>
    public static Diagnostic Only(this AuthorityLoadResult result)
    {
        result.Diagnostics.Should().ContainSingle("the diagnostics were:\n{0}", string.Join("\n", result.Diagnostics));
        return result.Diagnostics[0];
    }

    /// <summary>The one diagnostic with a code, asserting that there is exactly one.</summary>
    public static Diagnostic Only(this AuthorityLoadResult result, string code)
    {
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        matching.Should().ContainSingle("the diagnostics were:\n{0}", string.Join("\n", result.Diagnostics));
        return matching[0];
    }

    /// <summary>Asserts that a diagnostic is at a line and column of the test file.</summary>
    public static Diagnostic ShouldBeAt(this Diagnostic diagnostic, int line, int column)
    {
        diagnostic.Location.Should().Be(new SourceLocation(FileName, line, column), diagnostic.ToString());
        return diagnostic;
    }
}
