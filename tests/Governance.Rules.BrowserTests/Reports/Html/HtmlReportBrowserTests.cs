using System.Text.Json;
using Deque.AxeCore.Playwright;
using Governance.Corpus;
using Governance.Rules.BrowserTests.Support;
using Microsoft.Playwright;

namespace Governance.Rules.BrowserTests.Reports.Html;

/// <summary>
/// The HTML report opened in a real headless browser (Debian's chromium through Playwright): the England corpus's
/// report and the samples' report. What the page shows is compared with the evaluation it was written from.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IPlaywright? playwright;
    private IBrowser? browser;
    private GeneratedReport england = null!;
    private GeneratedReport samples = null!;

    private IBrowser Browser => browser ?? throw new InvalidOperationException("The browser did not start.");

    [OneTimeSetUp]
    public async Task WriteTheReportsAndStartTheBrowser()
    {
        england = GeneratedReport.England();
        samples = GeneratedReport.Samples();
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopTheBrowser()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    [Test]
    public async Task England_opens_from_a_file_with_no_console_error_and_no_request_for_anything_else()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);

        await report.Page.WaitForSelectorAsync("#matrix-status:has-text('Showing')");

        report.Problems.Should().BeEmpty();
    }

    [Test]
    public async Task England_matrix_has_one_row_per_authority_and_a_column_per_rule_that_reports_findings()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);

        var matrix = await ReadMatrixAsync(report.Page);

        matrix.Rows.Select(r => r.Code).Should().BeEquivalentTo(england.Result.AuthoritiesEvaluated);
        matrix.Rules.Should().Contain(england.RuleSet.Rules.Where(r => r.Obligation is not null).Select(r => r.Id))
            .And.Contain(england.Result.Findings.Select(f => f.RuleId).Distinct())
            .And.OnlyHaveUniqueItems();
    }

    [Test]
    public async Task England_cells_show_the_worst_open_finding_departed_findings_and_rules_met()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);

        var matrix = await ReadMatrixAsync(report.Page);

        var shown = matrix.Rows.SelectMany(r => r.States.Select((state, i) => (Key: (r.Code, matrix.Rules[i]), State: state)))
            .ToDictionary(x => x.Key, x => x.State);
        var expected = ExpectedStates(england.Result, matrix.Rules);
        shown.Should().BeEquivalentTo(expected);
        shown.Values.Should().Contain(["warning", "departed", "met"], "the corpus has open warnings, departures and authorities that meet the rules");
    }

    [Test]
    public async Task England_cells_of_the_corpus_planted_faults_are_never_shown_as_met()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);
        var matrix = await ReadMatrixAsync(report.Page);
        var states = matrix.Rows.ToDictionary(r => r.Code, r => r.States);
        string StateOf(string code, string rule) => states[code][matrix.Rules.ToList().IndexOf(rule)];

        // A fault planted on a DCS who is not in post on the date (vacant, or left) is history, not a finding.
        var planted = EnglandCorpus.Plans
            .Where(p => !p.DcsVacant && !p.DcsEnded)
            .SelectMany(p => new[]
            {
                (p.Code, Rule: RuleIds.DcsDassCombined, Planted: p.DcsAlsoDass),
                (p.Code, Rule: RuleIds.DcsOnLscb, Planted: p.DcsNotOnLscb),
                (p.Code, Rule: RuleIds.DcsOnSeniorManagementTeam, Planted: p.DcsNotOnSeniorManagementTeam),
            })
            .Where(x => x.Planted)
            .ToList();

        planted.Should().NotBeEmpty();
        planted.Select(x => StateOf(x.Code, x.Rule)).Should().OnlyContain(s => s != "met" && s != "off");
    }

    [Test]
    public async Task A_search_and_a_kind_filter_narrow_the_rows()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);
        var page = report.Page;

        await page.FillAsync("#f-q", "borough");
        var searched = await VisibleRowsAsync(page);
        await page.FillAsync("#f-q", string.Empty);
        await page.SelectOptionAsync("#f-kind", "County");
        var counties = await VisibleRowsAsync(page);

        searched.Should().BeEquivalentTo(england.Authorities.Where(a => a.Name.Contains("borough", StringComparison.OrdinalIgnoreCase)).Select(a => a.Code));
        counties.Should().BeEquivalentTo(england.Authorities.Where(a => a.Kind == Model.AuthorityKind.County).Select(a => a.Code));
        (await page.TextContentAsync("#matrix-status")).Should().StartWith($"Showing {counties.Count} of {england.Authorities.Count} authorities");
    }

    [Test]
    public async Task A_paragraph_bar_links_to_the_matrix_filtered_to_the_authorities_short_of_it()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);
        var page = report.Page;
        var shortOf = england.Result.Findings
            .Where(f => f.Status == FindingStatus.Open)
            .SelectMany(f => f.Citation.Paragraphs.Select(p => (Paragraph: p, f.AuthorityCode)))
            .Distinct()
            .GroupBy(x => x.Paragraph)
            .OrderByDescending(g => g.Count())
            .First();

        await page.ClickAsync($"#paragraphs a[data-paragraph='{shortOf.Key}']");
        await page.WaitForFunctionAsync("() => document.getElementById('f-paragraph').value !== ''");

        (await VisibleRowsAsync(page)).Should().BeEquivalentTo(shortOf.Select(x => x.AuthorityCode));
        var columns = await page.EvalOnSelectorAllAsync<string[]>(
            "#matrix-table thead tr.rules th:not([hidden])", "ths => ths.map(th => th.dataset.paragraphs)");
        columns.Should().NotBeEmpty().And.OnlyContain(p => p.Split(' ', StringSplitOptions.None).Contains(shortOf.Key));
        (await page.IsCheckedAsync("#f-open")).Should().BeTrue();
    }

    [Test]
    public async Task Sorting_by_open_findings_and_ordering_rules_by_shortfall_reorder_the_matrix()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);
        var page = report.Page;
        var before = await VisibleRowsAsync(page);

        await page.ClickAsync("button[data-sort='open']");
        var open = await page.EvalOnSelectorAllAsync<int[]>("#matrix-table tbody tr", "trs => trs.map(tr => +tr.dataset.open)");
        await page.SelectOptionAsync("#f-order", "short");
        var shortfalls = await page.EvalOnSelectorAllAsync<int[]>("#matrix-table thead tr.rules th", "ths => ths.map(th => +th.dataset.short)");

        open.Should().BeInDescendingOrder().And.HaveCount(before.Count);
        open[0].Should().Be(england.Result.Findings.Where(f => f.Status == FindingStatus.Open).GroupBy(f => f.AuthorityCode).Max(g => g.Count()));
        (await VisibleRowsAsync(page)).Should().NotEqual(before, "the rows were in name order before");
        (await page.GetAttributeAsync("th:has(> button[data-sort='open'])", "aria-sort")).Should().Be("descending");
        shortfalls.Should().BeInDescendingOrder();
    }

    [Test]
    public async Task An_authority_section_shows_each_finding_with_the_catalogue_s_quote_of_its_paragraph_evidence_and_remedy()
    {
        var finding = samples.Result.Findings.First(f => f.Status == FindingStatus.Open && f.Evidence.Count > 0);
        var quotes = samples.Result.Documents.SelectMany(d => d.Items)
            .Where(i => i.Document == finding.Citation.Document && finding.Citation.Paragraphs.Contains(i.Number))
            .Select(i => i.Quote)
            .ToList();
        await using var report = await OpenedReport.OpenAsync(Browser, samples);
        var page = report.Page;

        await page.ClickAsync($"#matrix-table tr[data-code='{finding.AuthorityCode}'] th a");
        var section = page.Locator("section.authority:target");
        var text = await section.InnerTextAsync();

        quotes.Should().NotBeEmpty("the finding cites catalogued paragraphs");
        text.Should().Contain(finding.Message)
            .And.ContainAll(quotes)
            .And.Contain(finding.Evidence[0].Location.ToString())
            .And.Contain(finding.Remedy!)
            .And.Contain(samples.Result.RuleSetVersion);
    }

    [Test]
    public async Task A_departed_cell_shows_who_departed_and_why_on_keyboard_focus()
    {
        var departed = samples.Result.Findings.FirstOrDefault(f => f.Departure is not null);
        departed.Should().NotBeNull("the samples record a departure (Wigan, para 3.13)");
        await using var report = await OpenedReport.OpenAsync(Browser, samples);
        var page = report.Page;
        var cell = page.Locator($"#matrix-table tr[data-code='{departed!.AuthorityCode}'] td[data-state='departed']");

        await cell.FocusAsync();
        var tip = await page.InnerTextAsync("#tip");

        (await page.IsVisibleAsync("#tip")).Should().BeTrue();
        tip.Should().Contain(departed.Departure!.Reasons[..60]).And.Contain(departed.Departure.DecidedBy);
        (await cell.InnerTextAsync()).Should().Contain("D", "a departure is shown by a letter as well as a colour");
    }

    [Test]
    public async Task The_keyboard_moves_around_the_matrix_and_Enter_opens_a_cells_findings()
    {
        var finding = samples.Result.Findings.First(f => f.Status == FindingStatus.Open);
        await using var report = await OpenedReport.OpenAsync(Browser, samples);
        var page = report.Page;

        await page.FocusAsync("#matrix-table tbody tr:first-child th a");
        await page.Keyboard.PressAsync("ArrowRight");
        var afterRight = await page.EvaluateAsync<string>("() => document.activeElement.tagName + ' ' + document.activeElement.closest('tr').rowIndex");
        await page.Keyboard.PressAsync("ArrowDown");
        var afterDown = await page.EvaluateAsync<string>("() => document.activeElement.tagName + ' ' + document.activeElement.closest('tr').rowIndex");
        var cell = page.Locator($"#matrix-table tr[data-code='{finding.AuthorityCode}'] td[data-go]").First;
        var target = await cell.GetAttributeAsync("data-go");
        await cell.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        afterRight.Should().Be("TD 2");
        afterDown.Should().Be("TD 3");
        (await page.EvaluateAsync<string>("() => location.hash")).Should().Be("#" + target);
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be(target);
    }

    [TestCase("england")]
    [TestCase("samples")]
    public async Task Axe_finds_no_serious_or_critical_accessibility_violation(string which)
    {
        await using var report = await OpenedReport.OpenAsync(Browser, which == "england" ? england : samples);

        var axe = await report.Page.RunAxe();

        axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")
            .Should().BeEmpty();
    }

    [Test]
    public async Task Values_from_authority_files_are_text_never_markup_or_script()
    {
        var derby = File.ReadAllText(Path.Combine(ShippedRules.RepositoryRoot, "samples", "authorities", "derby.yaml"));
        var hostile = derby
            .Replace("name: Derby City Council", "name: \"Derby <img src=x onerror=\\\"window.pwned=2\\\"> City Council\"", StringComparison.Ordinal)
            .Replace("Yvonne Ashcombe", "<script>window.pwned=1</script> & 'Yvonne'", StringComparison.Ordinal);
        hostile.Should().Contain("window.pwned=1").And.Contain("window.pwned=2");
        var generated = GeneratedReport.Of("hostile.html", [("derby-<b>x</b>.yaml".Replace('/', '_'), hostile)]);
        await using var report = await OpenedReport.OpenAsync(Browser, generated);
        var page = report.Page;

        var pwned = await page.EvaluateAsync<string>("() => typeof window.pwned");
        var name = await page.InnerTextAsync("#matrix-table tbody th a");
        var text = await page.InnerTextAsync("#authorities");

        pwned.Should().Be("undefined");
        (await page.Locator("img").CountAsync()).Should().Be(0);
        (await page.Locator("script").CountAsync()).Should().Be(1, "the page's own script is the only one");
        name.Should().Be(generated.Authorities[0].Name);
        text.Should().Contain("<script>window.pwned=1</script> & 'Yvonne'").And.Contain("derby-<b>x<_b>.yaml");
        report.Problems.Should().BeEmpty();
    }

    [Test]
    public async Task England_page_never_scrolls_sideways_and_the_matrix_headers_stay_in_view()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england, width: 1024, height: 768);
        var page = report.Page;

        var pageOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var headerOffset = await page.EvaluateAsync<double>(@"() => {
            const scroller = document.querySelector('.matrix-scroll');
            scroller.scrollTop = 2000;
            return document.querySelector('#matrix-table thead th').getBoundingClientRect().top - scroller.getBoundingClientRect().top;
        }");

        pageOverflow.Should().BeLessThanOrEqualTo(0);
        headerOffset.Should().BeInRange(0, 2);
    }

    [Test]
    public async Task Printed_the_filters_are_left_out_and_the_whole_matrix_is_shown()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england);
        var page = report.Page;

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var filters = await page.EvalOnSelectorAsync<string>("#filters", "e => getComputedStyle(e).display");
        var overflow = await page.EvalOnSelectorAsync<string>(".matrix-scroll", "e => getComputedStyle(e).overflowY");

        filters.Should().Be("none");
        overflow.Should().Be("visible");
    }

    [Test]
    public async Task England_matrix_screenshot_is_saved_as_a_test_artifact()
    {
        await using var report = await OpenedReport.OpenAsync(Browser, england, width: 1400, height: 1000);
        var path = Path.Combine(GeneratedReport.ArtifactsFolder, "england-matrix.png");

        await report.Page.CheckAsync("#f-open");
        await report.Page.ClickAsync("button[data-sort='open']");
        await report.Page.EvalOnSelectorAsync(".matrix-scroll", "e => { e.scrollLeft = 0; }");
        await report.Page.Locator("#matrix").ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path, "The England corpus's report: the matrix, open findings only, most first");

        new FileInfo(path).Length.Should().BeGreaterThan(10_000);
        if (Environment.GetEnvironmentVariable("GOVERNANCE_UPDATE_DOCS_SCREENSHOT") == "1")
        {
            File.Copy(path, Path.Combine(ShippedRules.RepositoryRoot, "docs", "images", "html-report-england.png"), overwrite: true);
        }
    }

    private static Dictionary<(string Code, string Rule), string> ExpectedStates(EvaluationResult result, IReadOnlyList<string> columns)
    {
        var inForce = result.RulesInForce.Concat(RuleSet.DepartureChecks.Select(c => c.Id)).ToHashSet();
        var expected = new Dictionary<(string, string), string>();
        foreach (var code in result.AuthoritiesEvaluated)
        {
            foreach (var rule in columns)
            {
                var findings = result.Findings.Where(f => f.AuthorityCode == code && f.RuleId == rule).ToList();
                var open = findings.Where(f => f.Status == FindingStatus.Open).ToList();
                var failed = result.Errors.Any(e => e.RuleId == rule && (e.AuthorityCode ?? code) == code);
                expected[(code, rule)] =
                    open.Count > 0 ? open.Min(f => f.Severity).ToString().ToLowerInvariant()
                    : failed ? "unknown"
                    : findings.Count > 0 ? "departed"
                    : inForce.Contains(rule) ? "met"
                    : "off";
            }
        }

        return expected;
    }

    private static async Task<List<string>> VisibleRowsAsync(IPage page) =>
        [.. await page.EvalOnSelectorAllAsync<string[]>("#matrix-table tbody tr:not([hidden])", "trs => trs.map(tr => tr.dataset.code)")];

    private static async Task<Matrix> ReadMatrixAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(@"() => JSON.stringify({
            rules: Array.from(document.querySelectorAll('#matrix-table thead tr.rules th')).map(th => th.dataset.rule),
            rows: Array.from(document.querySelectorAll('#matrix-table tbody tr')).map(tr => ({
                code: tr.dataset.code,
                states: Array.from(tr.querySelectorAll('td.c')).map(td => td.dataset.state)
            }))
        })");
        return JsonSerializer.Deserialize<Matrix>(json, Json)!;
    }

    private sealed record Matrix(IReadOnlyList<string> Rules, IReadOnlyList<MatrixRow> Rows);

    private sealed record MatrixRow(string Code, IReadOnlyList<string> States);
}
