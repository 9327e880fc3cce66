using Governance.Model;
using Governance.Model.Loading;
using Governance.Reading;
using Governance.Reading.Text;
using Governance.Reading.Yaml;
using Governance.Rules.Loading;
using Governance.Rules.Loading.Yaml;

namespace Governance.Rules.Testing;

/// <summary>
/// Reads rule test files (<c>*.tests.yaml</c>) into <see cref="RuleTestCase"/>s: each case's authority is read by the
/// authority loader's own reader from the test file's text, so its places are in the test file and its problems keep
/// the authority codes (GOV1xx); the test file's own shape is checked strictly (GOV4xx, GOV480-GOV499).
/// </summary>
internal static class RuleTestFileReader
{
    /// <summary>The largest test file accepted, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly RuleSetFileKind Kind = new("rule test file", MaxFileBytes, maxDepth: 64, maxDocuments: 1);

    private static readonly string[] FileKeys = ["rule", "authority", "cases"];
    private static readonly string[] CaseKeys = ["case", "asAt", "authority", "otherAuthorities", "expect"];
    private static readonly string[] ExpectKeys = ["rule", "status", "message"];

    /// <summary>Whether a path names a rule test file: it ends in <c>.tests.yaml</c> or <c>.tests.yml</c>.</summary>
    /// <param name="path">The path.</param>
    public static bool IsTestFile(string path) =>
        path.EndsWith(RuleTestSuite.FileSuffix, StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".tests.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads test files, in the order given.</summary>
    /// <param name="files">The files' paths.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static List<RuleTestCase> ReadFiles(IEnumerable<string> files, Diagnostics diagnostics)
    {
        var cases = new List<RuleTestCase>();
        foreach (var file in files)
        {
            if (SourceText.ReadFile(file, Kind.Text, diagnostics) is { } text)
            {
                cases.AddRange(ReadText(file, text, diagnostics));
            }
        }

        return cases;
    }

    /// <summary>Reads the text of one test file.</summary>
    /// <param name="file">The file's name, for places.</param>
    /// <param name="text">The text.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static List<RuleTestCase> ReadText(string file, string text, Diagnostics diagnostics)
    {
        var read = YamlTreeReader.Read(new SourceLines(file, text), Kind, diagnostics);
        if (read.Stopped || read.Documents is not [var document])
        {
            return [];
        }

        var reader = new NodeReader(diagnostics, Kind.KindOfFile);
        var root = document.Root;
        reader.CheckKeys(root, "a rule test file", FileKeys, ["rule", "cases"]);
        var ruleNode = root.Find("rule")?.Value;
        var rule = ruleNode is null ? null : reader.NonEmptyText(ruleNode, "'rule'");
        var baseAuthority = root.Find("authority")?.Value is { } baseNode ? reader.Mapping(baseNode, "'authority'") : null;
        if (root.Find("cases")?.Value is not { } casesNode || reader.Sequence(casesNode, "'cases'") is not { } caseList)
        {
            return [];
        }

        if (caseList.Items.Count == 0)
        {
            diagnostics.Error(RuleDiagnosticCodes.TestWithoutCases, "'cases' is empty. Write at least one case: an arrangement that complies, and one that does not.", caseList.Location);
            return [];
        }

        var cases = new List<RuleTestCase>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        // Problems already reported at a place (a repeated key inside an authority, say) are not reported again when the
        // authority loader reads the same place, nor are a base authority's once per case.
        var reported = new ReportedProblems(document.HasErrors ? [.. diagnostics.ToList().Where(d => d.Location.File == file).Select(d => d.Location)] : []);
        foreach (var item in caseList.Items)
        {
            if (reader.Mapping(item, "each item of 'cases'") is { } mapping &&
                ReadCase(file, text, mapping, rule, ruleNode?.Location ?? root.Location, baseAuthority, names, reported, reader) is { } testCase)
            {
                cases.Add(testCase);
            }
        }

        return rule is null ? [] : cases;
    }

    private static RuleTestCase? ReadCase(
        string file,
        string text,
        YamlMapping mapping,
        string? rule,
        SourceLocation ruleLocation,
        YamlMapping? baseAuthority,
        Dictionary<string, SourceLocation> names,
        ReportedProblems reported,
        NodeReader reader)
    {
        var diagnostics = reader.Diagnostics;
        var errorsBefore = diagnostics.ErrorCount;
        reader.CheckKeys(mapping, "a test case", CaseKeys, ["case", "expect"]);
        var name = mapping.Find("case")?.Value is { } nameNode ? reader.NonEmptyText(nameNode, "'case'") : null;
        if (name is not null)
        {
            if (names.TryGetValue(name, out var first))
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.TestDuplicateCase,
                    $"The case '{YamlScalar.Shorten(name)}' is already in this file (line {first.Line}). Give each case its own name.",
                    mapping.Find("case")!.Value.Location);
            }
            else
            {
                names.Add(name, mapping.Find("case")!.Value.Location);
            }
        }

        var asAt = mapping.Find("asAt")?.Value is { } asAtNode ? reader.Date(asAtNode, "'asAt'") : null;
        var expected = mapping.Find("expect")?.Value is { } expectNode ? ReadExpect(expectNode, rule, reader) : null;
        var authorities = ReadAuthorities(file, text, mapping, baseAuthority, reported, reader);
        if (diagnostics.ErrorCount > errorsBefore || name is null || rule is null || expected is null || authorities is null)
        {
            return null;
        }

        return new RuleTestCase
        {
            File = file,
            Name = name,
            RuleId = rule,
            RuleLocation = ruleLocation,
            AsAt = asAt,
            Expected = expected,
            Authorities = authorities,
            Location = mapping.Location,
        };
    }

    private static List<ExpectedFinding>? ReadExpect(YamlNode node, string? rule, NodeReader reader)
    {
        if (node is YamlScalar { Value: "none" })
        {
            return [];
        }

        if (node is not YamlSequence sequence)
        {
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.TestBadExpect,
                $"'expect' is {node.Describe()}. Write 'expect: none' when the case gives no finding, or list the findings it gives, " +
                "each as '- { status: open }' (add 'rule:' for another rule's finding, 'message:' to check the words).",
                node.Location);
            return null;
        }

        var expected = new List<ExpectedFinding>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            if (reader.Mapping(item, "each item of 'expect'") is not { } mapping || !reader.CheckKeys(mapping, "an expected finding", ExpectKeys, ["status"]))
            {
                ok = false;
                continue;
            }

            var itemRule = mapping.Find("rule")?.Value is { } ruleNode ? reader.NonEmptyText(ruleNode, "'rule'") : rule;
            var message = mapping.Find("message")?.Value is { } messageNode ? reader.NonEmptyText(messageNode, "'message'") : null;
            var status = ReadStatus(mapping.Find("status")!.Value, reader);
            if (itemRule is null || status is null || (mapping.Find("message") is not null && message is null))
            {
                ok = false;
                continue;
            }

            expected.Add(new ExpectedFinding(itemRule, status.Value, message, mapping.Location));
        }

        return ok ? expected : null;
    }

    private static FindingStatus? ReadStatus(YamlNode node, NodeReader reader)
    {
        if (reader.Scalar(node, "'status'") is not { } scalar)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "open":
                return FindingStatus.Open;
            case "departed":
                return FindingStatus.Departed;
            default:
                reader.Diagnostics.Error(
                    RuleDiagnosticCodes.TestBadStatus,
                    $"'status' is {scalar.Describe()}.{Suggestions.DidYouMean(scalar.Value, ["open", "departed"])} " +
                    "A finding is 'open' (it stands) or 'departed' (the authority recorded a valid departure).",
                    scalar.Location);
                return null;
        }
    }

    /// <summary>
    /// Reads the case's authorities. A problem in the file's own authority is reported once, not once per case
    /// (<paramref name="reported"/>), though every case built on it is left out.
    /// </summary>
    private static List<Authority>? ReadAuthorities(
        string file,
        string text,
        YamlMapping testCase,
        YamlMapping? baseAuthority,
        ReportedProblems reported,
        NodeReader reader)
    {
        var diagnostics = reader.Diagnostics;
        var own = testCase.Find("authority")?.Value is { } ownNode ? reader.Mapping(ownNode, "'authority'") : null;
        if (own is null && baseAuthority is null)
        {
            if (testCase.Find("authority") is null)
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.TestWithoutCases,
                    "This case has no authority to judge. Write the authority under 'authority:' here, or once at the top of the file for every case.",
                    testCase.Location);
            }

            return null;
        }

        // A case that writes its own code describes another authority, and starts from nothing; otherwise the case's own
        // sections are laid over the file's authority, each key it writes replacing the file's whole.
        var layers = new List<(SourceLocation At, SourceLocation? Over)>
        {
            own is null ? (baseAuthority!.Location, null)
            : baseAuthority is null || own.Find("code") is not null ? (own.Location, null)
            : (own.Location, baseAuthority.Location),
        };
        if (testCase.Find("otherAuthorities")?.Value is { } othersNode)
        {
            if (reader.Sequence(othersNode, "'otherAuthorities'") is not { } others)
            {
                return null;
            }

            foreach (var other in others.Items)
            {
                if (reader.Mapping(other, "each item of 'otherAuthorities'") is not { } otherMapping)
                {
                    return null;
                }

                layers.Add((otherMapping.Location, null));
            }
        }

        var authorities = new List<Authority>();
        foreach (var (at, over) in layers)
        {
            var loaded = AuthorityLoader.LoadEmbedded(text, file, at, over);
            foreach (var diagnostic in loaded.Diagnostics.Where(reported.IsNew))
            {
                diagnostics.Add(diagnostic);
            }

            if (loaded.Authorities is not [var authority] || loaded.HasErrors)
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.TestAuthorityInvalid,
                    "This case's authority does not load (see the problems listed for it), so the case is not run.",
                    testCase.Location);
                return null;
            }

            if (authorities.Exists(a => a.Code == authority.Code))
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.TestAuthorityInvalid,
                    $"{authority.Code} ({authority.Name}) is described twice in this case. Each authority is described once.",
                    authority.LocationOf(nameof(Authority.Code)));
                return null;
            }

            authorities.Add(authority);
        }

        return authorities;
    }

    /// <summary>What has been reported already: by the test file's own reading, or for an earlier case.</summary>
    /// <param name="places">Where the test file's own reading found problems.</param>
    private sealed class ReportedProblems(IEnumerable<SourceLocation> places)
    {
        private readonly HashSet<SourceLocation> places = [.. places];
        private readonly HashSet<Diagnostic> diagnostics = [];

        /// <summary>Whether a diagnostic has not been reported yet (and notes it).</summary>
        /// <param name="diagnostic">The diagnostic.</param>
        public bool IsNew(Diagnostic diagnostic) => !places.Contains(diagnostic.Location) && diagnostics.Add(diagnostic);
    }
}
