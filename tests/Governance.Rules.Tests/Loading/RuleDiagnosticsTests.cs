using System.Text;
using Governance.Model;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading;

namespace Governance.Rules.Tests.Loading;

/// <summary>Each kind of problem in a rule file, with its code and its exact line and column.</summary>
public sealed class RuleDiagnosticsTests
{
    private static readonly GuidanceCatalogue Catalogue = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder).Catalogue;

    private const string Valid = """
        id: dcs-dass-combined
        title: Combining the DCS and DASS roles needs a strong justification
        cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: not recommended }
        obligation: should
        when:
          - dcs: Post where role == DirectorOfChildrensServices
          - dass: Post where role == DirectorOfAdultSocialServices and holder == dcs.holder
        then:
          finding: "{dcs.holder.name} is both DCS and DASS."
        remedy: Record a departure.
        """;

    private static RuleFilesLoadResult Load(string text, string file = "rule.yaml") => RuleFilesLoader.LoadTexts([(file, text)], Catalogue);

    private static RuleFilesLoadResult LoadReplacing(string oldText, string newText) =>
        Load(Valid.Replace(oldText, newText, StringComparison.Ordinal));

    private static Diagnostic Single(RuleFilesLoadResult result)
    {
        result.Rules.Should().BeEmpty("a rule with an error is left out");
        return result.Diagnostics.Should().ContainSingle().Subject;
    }

    private static void ShouldBe(Diagnostic diagnostic, string code, int line, int column, string? messagePart = null)
    {
        diagnostic.Code.Should().Be(code, diagnostic.ToString());
        diagnostic.Location.Should().Be(new SourceLocation("rule.yaml", line, column), diagnostic.ToString());
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        if (messagePart is not null)
        {
            diagnostic.Message.Should().Contain(messagePart);
        }
    }

    [Test]
    public void The_valid_rule_loads_without_problems()
    {
        var result = Load(Valid);

        result.Diagnostics.Should().BeEmpty();
        result.Rules.Should().ContainSingle();
    }

    [Test]
    public void UnknownKey_SuggestsTheNearestKey() =>
        ShouldBe(Single(LoadReplacing("remedy:", "remdy:")), "GOV420", 10, 1, "Did you mean 'remedy'?");

    [Test]
    public void DuplicateKey_IsReportedAtTheSecond() =>
        ShouldBe(Single(LoadReplacing("remedy: Record a departure.", "remedy: Record a departure.\ntitle: Again")), "GOV421", 11, 1, "first on line 2");

    [Test]
    public void MissingRequiredKey_IsReportedAtTheDocument() =>
        ShouldBe(Single(LoadReplacing("title: Combining the DCS and DASS roles needs a strong justification\n", string.Empty)), "GOV422", 1, 1, "'title:'");

    [Test]
    public void WrongType_SaysWhatWasExpected() =>
        ShouldBe(Single(LoadReplacing("obligation: should", "obligation: [should]")), "GOV423", 4, 13, "a single value");

    [Test]
    public void EmptyTitleAndRemedy_AreErrors()
    {
        var result = Load(Valid.Replace("title: Combining the DCS and DASS roles needs a strong justification", "title: \"  \"", StringComparison.Ordinal)
            .Replace("remedy: Record a departure.", "remedy: ''", StringComparison.Ordinal));

        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(("GOV424", 2, 8), ("GOV424", 10, 9));
    }

    [TestCase("DCS-DASS", "dcs-dass")]
    [TestCase("dcs_dass_combined", "dcs-dass-combined")]
    public void BadRuleId_SuggestsAWellFormedOne(string id, string suggestion) =>
        ShouldBe(Single(LoadReplacing("id: dcs-dass-combined", $"id: {id}")), "GOV425", 1, 5, $"'{suggestion}'");

    [Test]
    public void DuplicateRuleIdAcrossFiles_IsReportedInTheSecondFile()
    {
        var result = RuleFilesLoader.LoadTexts([("a.yaml", Valid), ("b.yaml", Valid)], Catalogue);

        result.Rules.Should().ContainSingle();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("GOV426");
        diagnostic.Location.Should().Be(new SourceLocation("b.yaml", 1, 5));
        diagnostic.Message.Should().Contain("a.yaml:1:5");
    }

    [Test]
    public void BadObligation_SuggestsTheNearestAndExplainsThem() =>
        ShouldBe(Single(LoadReplacing("obligation: should", "obligation: shuold")), "GOV427", 4, 13, "Did you mean 'should'?");

    [TestCase("{ from: 2009-02-29 }", 20, "February 2009 has 28 days")]
    [TestCase("{ from: 2009-13-01 }", 20, "there is no month 13")]
    [TestCase("{ from: 1 July 2009 }", 20, "year-month-day")]
    public void ImpossibleOrMalformedDates_AreErrors(string period, int column, string messagePart) =>
        ShouldBe(Single(LoadReplacing("obligation: should", $"obligation: should\neffective: {period}")), "GOV428", 5, column, messagePart);


    [Test]
    public void EffectiveFromAfterUntil_IsAnErrorAtUntil() =>
        ShouldBe(Single(LoadReplacing("obligation: should", "obligation: should\neffective: { from: 2010-01-01, until: 2009-12-31 }")), "GOV429", 5, 39);

    [Test]
    public void EffectiveBeforeWhatItCites_IsAWarningAndTheRuleLoads()
    {
        var result = LoadReplacing("obligation: should", "obligation: should\neffective: { from: 2009-01-01 }");

        result.Rules.Should().ContainSingle();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Should().BeEquivalentTo(new { Code = "GOV433", Severity = DiagnosticSeverity.Warning, Location = new SourceLocation("rule.yaml", 5, 20) });
        diagnostic.Message.Should().Contain("2009-07-01");
    }

    [Test]
    public void UnknownDocument_SuggestsTheCataloguedOne() =>
        ShouldBe(Single(LoadReplacing("document: DCSF-00686-2009", "document: DCSF-0686-2009")), "GOV430", 3, 20, "Did you mean 'DCSF-00686-2009'?");

    [Test]
    public void UnknownParagraph_SuggestsTheNearestNumber() =>
        ShouldBe(Single(LoadReplacing("[\"3.13\"]", "[\"3.13\", \"s18(11)\"]")), "GOV431", 3, 58, "Did you mean 's18(1)'?");

    [Test]
    public void UnknownParagraph_OutsideTheDocument_SaysWhichParagraphsItHas()
    {
        var diagnostic = Single(LoadReplacing("[\"3.13\"]", "[\"5.1\"]"));

        ShouldBe(diagnostic, "GOV431", 3, 50, "paragraphs 1.1 to 4.5");
        diagnostic.Message.Should().NotContain("Did you mean", "no paragraph of section 5 exists to suggest");
    }

    [Test]
    public void BadBindingName_AndReservedWord_AreErrors()
    {
        ShouldBe(Single(LoadReplacing("- dcs: Post", "- Dcs: Post")), "GOV441", 6, 5);
        ShouldBe(Single(LoadReplacing("- dass: Post", "- count: Post")), "GOV441", 7, 5, "word of the rule format");
    }

    [Test]
    public void NameBoundTwice_IsAnError() =>
        ShouldBe(Single(LoadReplacing("- dass: Post", "- dcs: Post")), "GOV442", 7, 5);

    [Test]
    public void MisspeltGroupElement_SuggestsTheKeyword()
    {
        var result = LoadReplacing("  - dass: Post where role == DirectorOfAdultSocialServices and holder == dcs.holder", "  - nott:\n      - Post where holder == dcs.holder");

        ShouldBe(Single(result), "GOV440", 7, 5, "Did you mean 'not'?");
    }

    [Test]
    public void ThenWithNeitherFindingNorDerive_IsAnError()
    {
        var result = LoadReplacing("  finding: \"{dcs.holder.name} is both DCS and DASS.\"", "  findng: hello");

        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(("GOV420", 9, 3), ("GOV444", 9, 3));
        result.Diagnostics[0].Message.Should().Contain("Did you mean 'finding'?");
    }

    [Test]
    public void AtThatIsNotAnElementOfTheFile_IsAnError() =>
        ShouldBe(Single(LoadReplacing("  finding: \"{dcs.holder.name} is both DCS and DASS.\"", "  finding: x\n  at: dcs.holder.name")), "GOV448", 10, 7, "text");

    [Test]
    public void EmptyWhen_IsAnError() =>
        ShouldBe(Single(Load("""
            id: r
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: q }
            obligation: should
            when: []
            then: { finding: x }
            """)), "GOV450", 5, 7);

    [Test]
    public void AnchorsAndAliases_AreRefused() =>
        ShouldBe(Single(LoadReplacing("title: Combining", "title: &t Combining")), "GOV405", 2, 8, "anchors");

    [Test]
    public void Tags_AreRefused() =>
        ShouldBe(Single(LoadReplacing("title: Combining", "title: !!str Combining")), "GOV407", 2, 8);

    [Test]
    public void DeepNesting_IsRefusedBeforeItIsBuilt()
    {
        var deep = new string('[', 200) + new string(']', 200);

        ShouldBe(Single(LoadReplacing("remedy: Record a departure.", $"remedy: {deep}")), "GOV406", 10, 72);
    }

    [Test]
    public void MalformedYaml_IsAnErrorWithItsPlace() =>
        Single(LoadReplacing("title: Combining", "title: \"Combining")).Code.Should().Be("GOV403");

    [Test]
    public void EmptyFile_AndOnlyComments_AreErrors()
    {
        ShouldBe(Single(Load(string.Empty)), "GOV404", 1, 1, "empty");
        ShouldBe(Single(Load("# nothing here\n---\n")), "GOV404", 1, 1, "only comments");
    }


    [Test]
    public void EmptyFile_AfterAFileWithErrors_IsStillReported()
    {
        var result = RuleFilesLoader.LoadTexts([("a.yaml", "- id: x\n"), ("b.yaml", string.Empty)], Catalogue);

        result.Diagnostics.Select(d => (d.Code, d.Location.File)).Should().Equal(("GOV408", "a.yaml"), ("GOV404", "b.yaml"));
    }

    [Test]
    public void Folder_NamedAsARuleFile_IsReportedAsAFolder()
    {
        var folder = Directory.CreateTempSubdirectory("governance-rule-folder-").FullName;
        try
        {
            var diagnostic = RuleFilesLoader.LoadFiles([folder], Catalogue).Diagnostics.Should().ContainSingle().Subject;

            diagnostic.Code.Should().Be("GOV400");
            diagnostic.Message.Should().Be($"'{folder}' is a folder, not a rule file.");
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
    [Test]
    public void DocumentThatIsNotAMapping_IsAnError() =>
        ShouldBe(Single(Load("- id: x\n")), "GOV408", 1, 1);

    [Test]
    public void TooLargeText_IsRefused()
    {
        var result = Load("# " + new string('x', RuleFilesLoader.MaxFileBytes));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV401");
    }

    [Test]
    public void InvalidUtf8File_IsAnErrorWithItsPlace()
    {
        var folder = Directory.CreateTempSubdirectory("rules-");
        try
        {
            var path = Path.Combine(folder.FullName, "bad.yaml");
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("id: r\ntitle: Caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\n")]);

            var result = RuleFilesLoader.LoadFiles([path], Catalogue);

            result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                Code = "GOV402",
                Location = new SourceLocation(path, 2, 11),
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void All_errors_of_all_files_are_reported_and_the_good_rules_still_load()
    {
        var second = Valid.Replace("id: dcs-dass-combined", "id: second", StringComparison.Ordinal);
        var broken = Valid.Replace("id: dcs-dass-combined", "id: broken", StringComparison.Ordinal).Replace("obligation: should", "obligation: maybe", StringComparison.Ordinal);
        var typo = Valid.Replace("id: dcs-dass-combined", "id: typo", StringComparison.Ordinal).Replace("role ==", "rol ==", StringComparison.Ordinal);

        var result = RuleFilesLoader.LoadTexts([("a.yaml", Valid + "\n---\n" + broken), ("b.yaml", typo + "\n---\n" + second)], Catalogue);

        result.Rules.Select(r => r.Id).Should().Equal("dcs-dass-combined", "second");
        result.Diagnostics.Select(d => (d.Code, d.Location.File, d.Location.Line)).Should().Equal(
            ("GOV427", "a.yaml", 15), ("GOV202", "b.yaml", 6), ("GOV202", "b.yaml", 7));
    }

    [Test]
    public void Derived_kind_given_different_fields_by_two_rules_is_an_error_at_the_second()
    {
        const string Derive = """
            id: RULE
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            when:
              - county: Authority where isTwoTier
            then:
              derive:
                fact: TwoTierArea
                with:
                  county: VALUE
            """;

        static string Rule(string id, string value) =>
            Derive.Replace("RULE", id, StringComparison.Ordinal).Replace("VALUE", value, StringComparison.Ordinal);

        var result = Load(Rule("first", "county") + "\n---\n" + Rule("second", "county.name"));

        result.Rules.Select(r => r.Id).Should().Equal("first");
        ShouldBe(result.Diagnostics.Should().ContainSingle().Subject, "GOV446", 19, 11, "'county' is Authority there but String here");
    }

    [Test]
    public void Derived_kind_whose_only_deriver_has_errors_is_reported_at_its_use()
    {
        var result = Load("""
            id: derives
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            when:
              - county: Authority where isTwoTer
            then: { derive: { fact: TwoTierArea, with: { county: county } } }
            ---
            id: uses
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            obligation: should
            when:
              - area: TwoTierArea
            then: { finding: x }
            """);

        result.Rules.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(("GOV202", 5, 29), ("GOV447", 13, 11));
        result.Diagnostics[1].Message.Should().Contain("derives").And.Contain("have errors");
    }

    [TestCase("  - dcs: Post where role == DirectorOfChildrensServices", "  - dcs: Post where LONG == DirectorOfChildrensServices")]
    [TestCase("  - dcs: Post where role == DirectorOfChildrensServices", "  - dcs: LONG where role == DirectorOfChildrensServices")]
    [TestCase("  - dcs: Post where role == DirectorOfChildrensServices", "  - dcs: Post where holder.name == 'LONG'")]
    [TestCase("{dcs.holder.name} is both", "{dcs.holder.LONG} is both")]
    [TestCase("remedy: Record a departure.", "remedy: Record a departure.\nLONG: x")]
    [TestCase("id: dcs-dass-combined", "id: LONG")]
    public void A_name_of_900000_characters_is_not_repeated_whole_in_an_error(string oldText, string newText)
    {
        var result = LoadReplacing(oldText, newText.Replace("LONG", new string('x', 900_000), StringComparison.Ordinal));

        result.Rules.Should().BeEmpty();
        result.Diagnostics.Should().NotBeEmpty();
        result.Diagnostics.Should().OnlyContain(d => d.Message.Length < 400, "an error quotes at most a short part of what it is about");
    }

    /// <summary>Two derived kinds that each negate the other, optionally each with a positive base rule, and a rule using one.</summary>
    private static string NegatingEachOther(bool withBaseRules)
    {
        const string Rule = """
            id: ID
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            when:
              - board: Board
              - not:
                  - OTHER where board == board
            then: { derive: { fact: KIND, with: { board: board } } }
            """;
        const string Base = """
            id: ID-base
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            when:
              - board: Board where kind == ChildrensTrustBoard
            then: { derive: { fact: KIND, with: { board: board } } }
            """;
        static string Fill(string text, string id, string kind, string other) => text
            .Replace("ID", id, StringComparison.Ordinal).Replace("KIND", kind, StringComparison.Ordinal).Replace("OTHER", other, StringComparison.Ordinal);

        string[] documents =
        [
            .. withBaseRules ? new[] { Fill(Base, "dcs-leads", "DcsLeadsBoard", string.Empty), Fill(Base, "member-leads", "MemberLeadsBoard", string.Empty) } : [],
            Fill(Rule, "dcs-leads", "DcsLeadsBoard", "MemberLeadsBoard"),
            Fill(Rule, "member-leads", "MemberLeadsBoard", "DcsLeadsBoard"),
            """
            id: uses
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            obligation: should
            when:
              - lead: DcsLeadsBoard
            then: { finding: x }
            """,
        ];
        return string.Join("\n---\n", documents);
    }

    [Test]
    public void Derived_kinds_negating_each_other_are_reported_as_the_cycle_naming_its_rules_and_kinds_before_any_field_error()
    {
        var result = Load(NegatingEachOther(withBaseRules: false));

        result.Rules.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(("GOV301", 1, 1), ("GOV447", 24, 11));
        result.Diagnostics[0].Message.Should().Contain("'dcs-leads'").And.Contain("'member-leads'").And.NotContain("'uses'")
            .And.Contain("DcsLeadsBoard").And.Contain("MemberLeadsBoard").And.Contain("not");
        result.Diagnostics[1].Message.Should().Contain("DcsLeadsBoard").And.Contain("cycle");
    }

    [Test]
    public void Derived_kinds_negating_each_other_with_base_rules_are_the_same_cycle_naming_the_same_rules()
    {
        var loaded = Load(NegatingEachOther(withBaseRules: true));
        var compiled = Governance.Rules.Engine.RuleCompiler.Compile([.. loaded.Rules.Select(r => r.Definition)]);

        loaded.Diagnostics.Should().BeEmpty();
        var cycle = compiled.Diagnostics.Should().ContainSingle().Subject;
        cycle.Code.Should().Be("GOV301");
        cycle.Message.Should().Contain("'dcs-leads'").And.Contain("'member-leads'").And.NotContain("'uses'")
            .And.Contain("DcsLeadsBoard").And.Contain("MemberLeadsBoard");
    }

    [Test]
    public void Or_branches_binding_a_name_to_different_types_is_an_error()
    {
        var result = LoadReplacing(
            "  - dass: Post where role == DirectorOfAdultSocialServices and holder == dcs.holder",
            "  - or:\n      - - x: Post where holder == dcs.holder\n      - - x: Board where chair == dcs.holder");

        ShouldBe(Single(result), "GOV449", 7, 5, "'x'");
    }
}
