using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests;

/// <summary>The public API end to end: the shipped rule set against the shipped sample authorities.</summary>
public class RuleSetTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    private static string Samples => Path.Combine(RepositoryFiles.Root, "samples", "authorities");

    [Test]
    public void Evaluate_ShippedSamples_FindsWhatTheSamplesWereWrittenToShow()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);

        var result = Shipped.Value.Evaluate(authorities);

        result.Findings.Select(f => $"{f.AuthorityCode} {f.RuleId} {f.Severity} {f.Status}").Should().Equal(
            "E06000015 dcs-on-senior-management-team Error Open",
            "E06000015 lscb-annual-report Note Open",
            "E08000010 dcs-dass-combined Note Departed");
        result.Errors.Should().BeEmpty();
        result.Complete.Should().BeTrue();
        result.RuleSetVersion.Should().StartWith("sha256:");
        result.Documents.Should().ContainSingle(d => d.Id == "DCSF-00686-2009");
        result.AuthoritiesEvaluated.Should().HaveCount(5);
    }

    [Test]
    public void Evaluate_AuthoritiesInAnyOrder_GivesIdenticalResults()
    {
        var files = Directory.GetFiles(Samples, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var asAt = new EvaluationOptions { AsAt = new DateOnly(2010, 9, 1) };
        var expected = Describe(Shipped.Value.Evaluate(AuthorityLoader.LoadFilesOrThrow(files), asAt));

        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var random = new Random(seed);
            var shuffled = files.OrderBy(_ => random.Next()).ToList();

            Describe(Shipped.Value.Evaluate(AuthorityLoader.LoadFilesOrThrow(shuffled), asAt)).Should().Be(expected);
        }
    }

    [Test]
    public void Evaluate_OneRuleSetFromManyThreadsAtOnce_GivesTheSameResultsAsOneAtATime()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);
        var expected = Describe(Shipped.Value.Evaluate(authorities));
        var results = new string[16];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Describe(Shipped.Value.Evaluate(authorities)));

        results.Should().AllBe(expected);
    }

    [Test]
    public void Evaluate_BeforeAnyRuleIsInForce_SaysNothingWasChecked()
    {
        var result = Shipped.Value.Evaluate(AuthorityLoader.LoadFolderOrThrow(Samples), new EvaluationOptions { AsAt = new DateOnly(2007, 6, 1) });

        result.RulesInForce.Should().BeEmpty();
        result.Findings.Should().BeEmpty();
        result.Notices.Should().ContainSingle().Which.Should().StartWith("No rule is in force as at 2007-06-01");
    }

    [Test]
    public void Evaluate_AfterTheActButBeforeTheGuidance_EvaluatesOnlyTheRulesCitingTheAct()
    {
        var result = Shipped.Value.Evaluate(AuthorityLoader.LoadFolderOrThrow(Samples), new EvaluationOptions { AsAt = new DateOnly(2008, 6, 1) });

        result.RulesInForce.Should().NotBeEmpty();
        Shipped.Value.Rules.Where(r => result.RulesInForce.Contains(r.Id))
            .Should().OnlyContain(r => r.Citation.Paragraphs.Any(p => p.StartsWith('s')), "before 2009-07-01 only rules resting on a provision of the Act apply");
    }

    [Test]
    public void Evaluate_SomethingMissing_PointsAtTheSectionWhereItBelongsElseTheFirstLine()
    {
        const string WithPostsButNoDcs = """
            code: E08000010
            name: Wigan Metropolitan Borough Council
            kind: metropolitanDistrict
            recordedAsAt: 2010-03-31
            people:
              - id: lomax
                name: Alison Lomax
                type: officer
            posts:
              - id: dass
                role: directorOfAdultSocialServices
                holder: lomax
            """;
        const string WithNothing = """
            code: E06000015
            name: Derby City Council
            kind: unitary
            recordedAsAt: 2010-03-31
            """;
        var authorities = new[]
        {
            AuthorityLoader.LoadFragment(WithPostsButNoDcs, "wigan.yaml").Authorities.Single(),
            AuthorityLoader.LoadFragment(WithNothing, "derby.yaml").Authorities.Single(),
        };

        var findings = Shipped.Value.Evaluate(authorities).Findings.Where(f => f.RuleId == "dcs-appointed");

        findings.Select(f => f.Location.ToString()).Should().Equal("derby.yaml:1:1", "wigan.yaml:9:1");
    }

    [Test]
    public void LoadOrThrow_BrokenRule_ThrowsWithEveryDiagnosticAndItsPlace()
    {
        var folder = Directory.CreateTempSubdirectory("governance-rules-").FullName;
        try
        {
            CopyFolder(RepositoryFiles.Rules, folder);
            var broken = Path.Combine(folder, "dcs", "dcs-dass-combined.yaml");
            File.WriteAllText(broken, File.ReadAllText(broken).Replace("holder == dcs.holder", "holdr == dcs.holder", StringComparison.Ordinal));

            var act = () => RuleSet.LoadOrThrow(folder);

            var diagnostic = act.Should().Throw<RuleSetLoadException>().Which.Diagnostics.Should().ContainSingle().Subject;
            diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
            diagnostic.Location.File.Should().EndWith("dcs-dass-combined.yaml");
            diagnostic.Location.Line.Should().Be(13);
            diagnostic.Message.Should().Contain("holder");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Load_RuleNestingAnyThirtyDeep_LoadsAndEvaluates()
    {
        // Before each level was compiled once, every level of nesting doubled the compiled rule: 30 levels never loaded.
        var condition = "p30.role == DirectorOfChildrensServices";
        for (var level = 30; level >= 1; level--)
        {
            condition = $"any({(level == 1 ? "authority" : $"p{level - 1}.authority")}.posts, p{level} => {condition})";
        }

        var folder = Directory.CreateTempSubdirectory("governance-rules-").FullName;
        try
        {
            CopyFolder(Path.Combine(RepositoryFiles.Rules, "guidance"), Path.Combine(folder, "guidance"));
            File.WriteAllText(Path.Combine(folder, "nested.yaml"), $$"""
                id: nested
                title: A DCS post in an authority with a DCS post, thirty times over
                cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: not recommended }
                obligation: should
                when:
                  - dcs: Post where role == DirectorOfChildrensServices and {{condition}}
                then:
                  finding: "{dcs.authority.name} has a DCS post."
                remedy: None.
                """);

            var loading = Task.Run(() => RuleSet.Load(folder));

            loading.Wait(TimeSpan.FromMinutes(2)).Should().BeTrue("loading must be linear in the rule's size, not exponential in its nesting");
            loading.Result.Diagnostics.Should().BeEmpty();
            var authorities = AuthorityLoader.LoadFolder(Samples).Authorities;
            var result = loading.Result.RuleSet!.Evaluate(authorities);
            result.Errors.Should().BeEmpty();
            result.Findings.Where(f => f.RuleId == "nested").Should().NotBeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Load_MissingFolder_IsADiagnosticNotAnException()
    {
        var result = RuleSet.Load(Path.Combine(RepositoryFiles.Root, "no-such-rules"));

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static string Describe(EvaluationResult result) => string.Join(
        "\n",
        result.Findings.Select(f => $"{f} | {string.Join("; ", f.Evidence)} | {f.Departure}")
            .Concat(result.Errors.Select(e => e.ToString()))
            .Append($"{result.AsAt} {result.RuleSetVersion} {string.Join(",", result.RulesInForce)} {string.Join(",", result.AuthoritiesEvaluated)}"));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
