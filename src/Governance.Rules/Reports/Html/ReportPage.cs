using System.Globalization;
using Governance.Model;

namespace Governance.Rules.Reports.Html;

/// <summary>
/// Writes the report's one page from a <see cref="MatrixModel"/>: the summary, the matrix, the tally per paragraph,
/// a section per authority and what was checked, with the page's styles and script inline.
/// </summary>
internal sealed class ReportPage
{
    private readonly MatrixModel model;
    private readonly Markup html;
    private readonly Dictionary<Finding, string> findingIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Document, string Number), GuidanceItem> catalogue;
    private int tips;

    private ReportPage(MatrixModel model)
    {
        this.model = model;
        catalogue = model.Result.Documents
            .SelectMany(d => d.Items)
            .GroupBy(i => (i.Document, i.Number))
            .ToDictionary(g => g.Key, g => g.First());
        html = new Markup(64 * 1024 + model.Rows.Count * (model.Columns.Count * 160 + 1024) + model.Result.Findings.Count * 2048);
        foreach (var row in model.Rows)
        {
            for (var i = 0; i < row.Findings.Count; i++)
            {
                findingIds[row.Findings[i]] = $"{row.Anchor}-{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            }
        }
    }

    private EvaluationResult Result => model.Result;

    /// <summary>Writes the page.</summary>
    public static Markup Write(MatrixModel model)
    {
        var page = new ReportPage(model);
        page.WritePage();
        return page.html;
    }

    /// <summary>How a person names a date: <c>1 April 2010</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The kind of an authority as a person names it.</summary>
    public static string KindName(AuthorityKind kind) => kind switch
    {
        AuthorityKind.County => "County",
        AuthorityKind.Unitary => "Unitary",
        AuthorityKind.MetropolitanDistrict => "Metropolitan district",
        AuthorityKind.LondonBorough => "London borough",
        AuthorityKind.CityOfLondon => "City of London",
        _ => "District",
    };

    /// <summary>What a cell state is called, and the letter or symbol that shows it beside its colour.</summary>
    public static (string Name, string Css, string Mark) Describe(CellState state) => state switch
    {
        CellState.Error => ("Error", "error", "E"),
        CellState.Warning => ("Warning", "warning", "W"),
        CellState.Note => ("Note", "note", "N"),
        CellState.Departed => ("Departed", "departed", "D"),
        CellState.NotInForce => ("Not in force", "off", "\u2013"),
        CellState.Unknown => ("Unknown: the rule failed", "unknown", "?"),
        _ => ("Met", "met", "\u2713"),
    };

    private static CellState StateOf(Finding finding) =>
        finding.Status == FindingStatus.Departed ? CellState.Departed
        : finding.Severity switch
        {
            Severity.Error => CellState.Error,
            Severity.Warning => CellState.Warning,
            _ => CellState.Note,
        };

    private static string Plural(int count, string one, string many) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    private static string Region(string region) => region.Length > 0 ? region : "Not in the register";

    private void WritePage()
    {
        var authorities = model.Rows.Count;
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"Governance.Rules HtmlReport\">\n")
            .Open("title").Text($"Governance compliance report: {Plural(authorities, "authority", "authorities")} as at {LongDate(Result.AsAt)}").Close("title").Line()
            .Raw("<style>\n").Raw(ReportAssets.Styles).Raw("</style>\n</head>\n<body>\n")
            .Raw("<a class=\"skip\" href=\"#matrix\">Skip to the matrix</a>\n");
        WriteMasthead();
        html.Raw("<main id=\"content\">\n");
        WriteMatrix();
        WriteParagraphs();
        WriteAuthorities();
        WriteAbout();
        html.Raw("</main>\n<div id=\"tip\" class=\"tip\" role=\"tooltip\" hidden></div>\n")
            .Raw("<script>\n").Raw(ReportAssets.Script).Raw("</script>\n</body>\n</html>\n");
    }

    private void WriteMasthead()
    {
        var rows = model.Rows;
        var withErrors = rows.Count(r => r.Worst == CellState.Error);
        var withWarnings = rows.Count(r => r.Worst == CellState.Warning);
        var withNotes = rows.Count(r => r.Worst == CellState.Note);
        var unknown = rows.Count(r => r.Worst == CellState.Unknown);
        var clear = rows.Count(r => r.Worst is CellState.Met or CellState.Departed or CellState.NotInForce);
        var departed = Result.Findings.Count(f => f.Status == FindingStatus.Departed);

        html.Raw("<header class=\"masthead\">\n<div class=\"wrap\">\n<p class=\"eyebrow\">Compliance report</p>\n")
            .Open("h1").Text($"Children\u2019s services governance in {Plural(rows.Count, "authority", "authorities")}").Close("h1").Line()
            .Raw("<p class=\"lede\">Judged as at ").Open("time", "datetime", IsoDate(Result.AsAt)).Text(LongDate(Result.AsAt)).Close("time")
            .Text(" against ");
        WriteDocuments();
        html.Raw(".</p>\n<ul class=\"tiles\">\n");
        Tile("error", withErrors, "with an open error", "a legal requirement not met");
        Tile("warning", withWarnings, "with a warning at worst", "statutory guidance not followed");
        Tile("note", withNotes, "with a note at worst", "advice not followed");
        if (unknown > 0)
        {
            Tile("unknown", unknown, "not fully judged", "a rule failed");
        }

        Tile("met", clear, "with nothing open", Plural(departed, "departure explained", "departures explained"));
        html.Raw("</ul>\n");
        if (!Result.Complete || Result.Notices.Count > 0 || Result.DeparturesIgnored)
        {
            html.Raw("<div class=\"notices\" role=\"note\">\n");
            if (!Result.Complete)
            {
                html.Open("p").Raw("<strong>The evaluation stopped early</strong>: ").Text(Result.StoppedBecause ?? "it did not run to the end").Text(". Findings may be missing.").Close("p").Line();
            }

            if (Result.DeparturesIgnored)
            {
                html.Raw("<p>Recorded departures were ignored: every finding is shown open.</p>\n");
            }

            foreach (var notice in Result.Notices)
            {
                html.Element("p", notice).Line();
            }

            html.Raw("</div>\n");
        }

        html.Raw("<nav aria-label=\"Report sections\"><ul>")
            .Raw("<li><a href=\"#matrix\">At a glance</a></li>")
            .Raw("<li><a href=\"#paragraphs\">By paragraph</a></li>")
            .Raw("<li><a href=\"#authorities\">By authority</a></li>")
            .Raw("<li><a href=\"#about\">What was checked</a></li>")
            .Raw("</ul></nav>\n</div>\n</header>\n");
    }

    private void Tile(string css, int count, string label, string detail) =>
        html.Open("li", "class", "tile t-" + css)
            .Raw("<span class=\"tile-n\">").Number(count).Raw("</span> ")
            .Open("span", "class", "tile-l").Text(count == 1 ? "authority " : "authorities ").Text(label).Close("span")
            .Open("span", "class", "tile-d").Text(detail).Close("span")
            .Close("li").Line();

    private void WriteDocuments()
    {
        if (Result.Documents.Count == 0)
        {
            html.Text("no catalogued guidance");
            return;
        }

        for (var i = 0; i < Result.Documents.Count; i++)
        {
            var document = Result.Documents[i];
            if (i > 0)
            {
                html.Text(i == Result.Documents.Count - 1 ? " and " : ", ");
            }

            html.Open("cite").Text(document.Title).Close("cite").Text($" ({document.Id}, {document.Edition} edition)");
        }
    }

    private void WriteMatrix()
    {
        var columns = model.Columns;
        html.Raw("<section id=\"matrix\" class=\"band\" aria-labelledby=\"matrix-h\">\n<div class=\"wrap\">\n")
            .Raw("<h2 id=\"matrix-h\">At a glance</h2>\n")
            .Open("p", "class", "sub")
            .Text($"{Plural(model.Rows.Count, "authority", "authorities")} down, {Plural(columns.Count, "rule", "rules")} across, grouped by the part of the guidance they check and headed by paragraph. ")
            .Text("Each cell shows the worst open finding; select a cell for its findings.")
            .Close("p").Line();
        WriteFilters();
        WriteLegend();
        html.Raw("<p id=\"matrix-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Raw("</div>\n<div class=\"wrap\">\n<div class=\"matrix-scroll\" role=\"region\" aria-label=\"The matrix: scrolls both ways, with its headers kept in view\" tabindex=\"0\">\n")
            .Raw("<table id=\"matrix-table\" class=\"matrix\">\n")
            .Open("caption", "class", "sr").Text($"Authorities against rules, as at {LongDate(Result.AsAt)}").Close("caption").Line()
            .Raw("<thead>\n<tr class=\"groups\">")
            .Raw("<th scope=\"col\" rowspan=\"2\" class=\"h-name\" aria-sort=\"ascending\"><button type=\"button\" data-sort=\"name\">Authority</button></th>");
        foreach (var group in columns.GroupBy(c => c.Group, StringComparer.Ordinal))
        {
            html.Open("th", "scope", "colgroup", "class", "h-group", "data-group", group.Key, "colspan", group.Count().ToString(CultureInfo.InvariantCulture))
                .Text(group.Key).Close("th");
        }

        html.Raw("<th scope=\"colgroup\" class=\"h-group h-all\" hidden>Rules, most authorities short first</th>")
            .Raw("<th scope=\"col\" rowspan=\"2\" class=\"h-fact h-num first\"><button type=\"button\" data-sort=\"open\">Open</button></th>")
            .Raw("<th scope=\"col\" rowspan=\"2\" class=\"h-fact\"><button type=\"button\" data-sort=\"kind\">Kind</button></th>")
            .Raw("<th scope=\"col\" rowspan=\"2\" class=\"h-fact\"><button type=\"button\" data-sort=\"region\">Region</button></th>")
            .Raw("</tr>\n<tr class=\"rules\">");
        foreach (var column in columns)
        {
            WriteColumnHead(column);
        }

        html.Raw("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in model.Rows)
        {
            WriteRow(row);
        }

        html.Raw("</tbody>\n</table>\n</div>\n</div>\n</section>\n");
    }

    private void WriteFilters()
    {
        var kinds = model.Rows.Select(r => r.Authority.Kind).Distinct().Order().ToList();
        var regions = model.Rows.Select(r => Region(r.Region)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        html.Raw("<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter the matrix\">\n")
            .Raw("<div class=\"field grow\"><label for=\"f-q\">Authority name or code</label><input id=\"f-q\" name=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"e.g. Derby or E06000015\"></div>\n")
            .Raw("<div class=\"field\"><label for=\"f-kind\">Kind</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">All kinds</option>");
        foreach (var kind in kinds)
        {
            html.Open("option", "value", KindName(kind)).Text(KindName(kind)).Close("option");
        }

        html.Raw("</select></div>\n<div class=\"field\"><label for=\"f-region\">Region</label><select id=\"f-region\" name=\"region\"><option value=\"\">All regions</option>");
        foreach (var region in regions)
        {
            html.Open("option", "value", region).Text(region).Close("option");
        }

        html.Raw("</select></div>\n<div class=\"field\"><label for=\"f-severity\">Severity</label><select id=\"f-severity\" name=\"severity\">")
            .Raw("<option value=\"\">Any</option><option value=\"error\">Error</option><option value=\"warning\">Warning</option>")
            .Raw("<option value=\"note\">Note</option><option value=\"departed\">Departed</option><option value=\"unknown\">Unknown</option></select></div>\n")
            .Raw("<div class=\"field\"><label for=\"f-rule\">Rule</label><select id=\"f-rule\" name=\"rule\"><option value=\"\">All rules</option>");
        foreach (var column in model.Columns.OrderBy(c => c.Rule.Id, StringComparer.Ordinal))
        {
            html.Open("option", "value", column.Rule.Id).Text($"{column.Rule.Id} ({string.Join(", ", column.Paragraphs)})").Close("option");
        }

        html.Raw("</select></div>\n<div class=\"field\"><label for=\"f-paragraph\">Paragraph</label><select id=\"f-paragraph\" name=\"paragraph\"><option value=\"\">All paragraphs</option>");
        foreach (var paragraph in model.Paragraphs)
        {
            html.Open("option", "value", paragraph.Paragraph).Text(paragraph.Paragraph).Close("option");
        }

        html.Raw("</select></div>\n<div class=\"field\"><label for=\"f-order\">Order rules by</label><select id=\"f-order\" name=\"order\">")
            .Raw("<option value=\"guidance\">Guidance order</option><option value=\"short\">Most authorities short</option></select></div>\n")
            .Raw("<div class=\"field check\"><input id=\"f-open\" name=\"open\" type=\"checkbox\" value=\"1\"><label for=\"f-open\">Open findings only</label></div>\n")
            .Raw("<div class=\"field\"><button type=\"reset\" class=\"reset\">Clear filters</button></div>\n</form>\n");
    }

    private void WriteLegend()
    {
        html.Raw("<ul class=\"legend\" aria-label=\"Key to the matrix\">");
        foreach (var state in new[] { CellState.Error, CellState.Warning, CellState.Note, CellState.Departed, CellState.Met, CellState.NotInForce, CellState.Unknown })
        {
            var (name, css, mark) = Describe(state);
            html.Raw("<li><span class=\"b c-").Raw(css).Raw("\" aria-hidden=\"true\">").Text(mark).Raw("</span> ").Text(name).Raw("</li>");
        }

        html.Raw("</ul>\n");
    }

    private void WriteColumnHead(MatrixColumn column)
    {
        var rule = column.Rule;
        var tip = NextTip();
        var shortOf = model.Rows.Count(r => r.Cells[column.Order].State is CellState.Error or CellState.Warning or CellState.Note);
        html.Open(
                "th",
                "scope", "col",
                "class", column.InForce ? "h-rule" : "h-rule off",
                "data-rule", rule.Id,
                "data-group", column.Group,
                "data-paragraphs", string.Join(' ', column.Paragraphs),
                "data-order", column.Order.ToString(CultureInfo.InvariantCulture),
                "data-short", shortOf.ToString(CultureInfo.InvariantCulture))
            .Open("button", "type", "button", "data-sort", "rule", "data-tip", tip, "aria-describedby", tip);
        for (var i = 0; i < column.Paragraphs.Count; i++)
        {
            html.Raw(i == 0 ? string.Empty : "<br>").Text(column.Paragraphs[i]);
        }

        html.Open("span", "class", "sr").Text($" {rule.Title} ({rule.Id})").Close("span")
            .Close("button")
            .Open("div", "id", tip, "hidden", string.Empty)
            .Open("strong").Text(rule.Title).Close("strong")
            .Open("span", "class", "tip-line").Text($"{rule.Id} \u00b7 {rule.Citation} \u00b7 {ObligationName(rule.Obligation)}").Close("span")
            .Open("span", "class", "tip-line").Text(column.InForce
                ? $"{Plural(shortOf, "authority falls", "authorities fall")} short"
                : $"Not in force on {LongDate(Result.AsAt)}{Effective(rule)}").Close("span")
            .Close("div")
            .Close("th");
    }

    private static string Effective(RuleInfo rule) => (rule.EffectiveFrom, rule.EffectiveUntil) switch
    {
        ({ } from, { } until) => $" (in force {LongDate(from)} to {LongDate(until)})",
        ({ } from, null) => $" (in force from {LongDate(from)})",
        (null, { } until) => $" (in force until {LongDate(until)})",
        _ => string.Empty,
    };

    private static string ObligationName(Obligation? obligation) => obligation switch
    {
        Obligation.Must => "must (error)",
        Obligation.Should => "should (warning)",
        _ => "advisory (note)",
    };

    private void WriteRow(MatrixRow row)
    {
        var authority = row.Authority;
        html.Open(
                "tr",
                "data-name", authority.Name,
                "data-code", authority.Code,
                "data-kind", KindName(authority.Kind),
                "data-region", Region(row.Region),
                "data-open", row.OpenCount.ToString(CultureInfo.InvariantCulture))
            .Open("th", "scope", "row", "class", "name")
            .Open("a", "href", "#" + row.Anchor).Text(authority.Name).Close("a")
            .Open("span", "class", "code").Text(authority.Code).Close("span")
            .Close("th");
        for (var i = 0; i < row.Cells.Count; i++)
        {
            WriteCell(row, model.Columns[i], row.Cells[i]);
        }

        html.Open("td", "class", "fact num first").Number(row.OpenCount).Close("td")
            .Open("td", "class", "fact").Text(KindName(authority.Kind)).Close("td")
            .Open("td", "class", "fact").Text(Region(row.Region)).Close("td")
            .Raw("</tr>\n");
    }

    private void WriteCell(MatrixRow row, MatrixColumn column, MatrixCell cell)
    {
        var (name, css, mark) = Describe(cell.State);
        if (cell.Findings.Count == 0 && cell.Errors.Count == 0)
        {
            // The mark of a cell with nothing in it (met, not in force) is drawn by the stylesheet: most cells are these,
            // and a page of England has over a thousand of them.
            html.Raw("<td class=\"c c-").Raw(css).Raw("\" data-state=\"").Raw(css).Raw("\"><span class=\"sr\">").Text(name).Raw("</span></td>");
            return;
        }

        var tip = NextTip();
        var target = cell.Findings.Count > 0 ? findingIds[cell.Findings[0]] : row.Anchor + "-errors";
        var count = cell.Findings.Count(f => f.Status == FindingStatus.Open);
        var summary = cell.State == CellState.Departed
            ? $"Departed: {Plural(cell.Findings.Count, "finding", "findings")} explained"
            : cell.State == CellState.Unknown ? name : $"{name}: {Plural(count, "open finding", "open findings")}";
        html.Open("td", "class", "c c-" + css + " has", "data-state", css, "data-go", target, "data-tip", tip, "aria-describedby", tip)
            .Raw("<span class=\"b\" aria-hidden=\"true\">").Text(mark).Raw("</span>")
            .Open("span", "class", "sr").Text(summary).Close("span")
            .Open("div", "id", tip, "hidden", string.Empty)
            .Open("strong").Text($"{row.Authority.Name}: {string.Join(", ", column.Paragraphs)}").Close("strong");
        foreach (var finding in cell.Findings)
        {
            var (findingName, findingCss, _) = Describe(StateOf(finding));
            html.Open("span", "class", "tip-line")
                .Open("span", "class", "tip-sev t-" + findingCss).Text(findingName).Close("span").Text(" ").Text(finding.Message)
                .Close("span");
            if (finding.Departure is { } departure)
            {
                html.Open("span", "class", "tip-line tip-why").Text($"Reasons: {departure.Reasons}").Close("span")
                    .Open("span", "class", "tip-line").Text($"Decided by {departure.DecidedBy} on {LongDate(departure.DecidedOn)}{ReviewText(departure.ReviewBy)}").Close("span");
            }
        }

        foreach (var error in cell.Errors)
        {
            html.Open("span", "class", "tip-line").Text($"The rule failed: {error.Message}").Close("span");
        }

        html.Close("div").Close("td");
    }

    private static string ReviewText(DateOnly? reviewBy) => reviewBy is { } date ? $"; review by {LongDate(date)}" : "; no review date set";

    private void WriteParagraphs()
    {
        var total = Math.Max(model.Rows.Count, 1);
        var longest = Math.Max(model.Paragraphs.Select(p => p.Short + p.Departed).DefaultIfEmpty(0).Max(), 1);
        html.Raw("<section id=\"paragraphs\" class=\"band\" aria-labelledby=\"paragraphs-h\">\n<div class=\"wrap\">\n")
            .Raw("<h2 id=\"paragraphs-h\">By paragraph</h2>\n")
            .Open("p", "class", "sub").Text($"How many of the {Plural(model.Rows.Count, "authority", "authorities")} fall short of each paragraph, by their worst open finding on it. Select a paragraph to see them in the matrix.").Close("p").Line()
            .Raw("<table class=\"bars\">\n<caption class=\"sr\">Authorities falling short, by paragraph</caption>\n")
            .Raw("<thead><tr><th scope=\"col\">Paragraph</th><th scope=\"col\">Rules that check it</th><th scope=\"col\" class=\"num\">Authorities short</th>")
            .Open("th", "scope", "col", "class", "bar-h").Text($"By worst open finding (the longest bar is {Plural(longest, "authority", "authorities")})").Close("th")
            .Raw("</tr></thead>\n<tbody>\n");
        foreach (var tally in model.Paragraphs)
        {
            html.Raw("<tr").Raw(tally.InForce ? ">" : " class=\"off\">")
                .Raw("<th scope=\"row\">")
                .Open("a", "href", $"#matrix?paragraph={Uri.EscapeDataString(tally.Paragraph)}&open=1", "data-paragraph", tally.Paragraph)
                .Text(tally.Paragraph).Close("a").Raw("</th><td class=\"rules-cell\">");
            foreach (var column in tally.Rules)
            {
                html.Open("span", "class", "rule-title").Text(column.Rule.Title).Close("span");
            }

            if (!tally.InForce)
            {
                html.Raw("<span class=\"muted\">Not in force on ").Text(LongDate(Result.AsAt)).Raw("</span>");
            }

            html.Raw("</td><td class=\"num\"><span class=\"short\">").Number(tally.Short).Raw("</span> ")
                .Open("span", "class", "share").Text(Percent(tally.Short, total)).Close("span");
            if (tally.Departed > 0)
            {
                html.Open("span", "class", "also").Text($"and {tally.Departed} departed").Close("span");
            }

            html.Raw("</td><td class=\"bar-cell\">");
            WriteBar(tally, total, longest);
            html.Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n")
            .Raw("<ul class=\"legend\" aria-label=\"Key to the bars\"><li><span class=\"sw s-error\"></span>Error</li><li><span class=\"sw s-warning\"></span>Warning</li>")
            .Raw("<li><span class=\"sw s-note\"></span>Note</li><li><span class=\"sw s-departed\"></span>Departed (explained, not open)</li></ul>\n")
            .Raw("</div>\n</section>\n");
    }

    private static string Percent(int count, int total) =>
        (100.0 * count / total).ToString(count == 0 || count * 100 % total == 0 ? "0'%'" : "0.#'%'", CultureInfo.InvariantCulture);

    private void WriteBar(ParagraphTally tally, int total, int longest)
    {
        var label = $"{tally.Paragraph}: {tally.Errors} with errors, {tally.Warnings} with warnings, {tally.Notes} with notes, {tally.Departed} departed, of {total}";
        html.Open("svg", "class", "bar", "viewBox", "0 0 1000 24", "preserveAspectRatio", "none", "role", "img", "aria-label", label)
            .Raw("<rect class=\"track\" x=\"0\" y=\"2\" width=\"1000\" height=\"20\" rx=\"3\"></rect>");
        var x = 0.0;
        foreach (var (count, css) in new[] { (tally.Errors, "s-error"), (tally.Warnings, "s-warning"), (tally.Notes, "s-note"), (tally.Departed, "s-departed") })
        {
            if (count == 0)
            {
                continue;
            }

            var width = 1000.0 * count / longest;
            html.Raw("<rect class=\"").Raw(css).Raw("\" x=\"").Raw(Number(x)).Raw("\" y=\"2\" width=\"").Raw(Number(width)).Raw("\" height=\"20\"></rect>");
            x += width;
        }

        html.Raw("</svg>");
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private void WriteAuthorities()
    {
        html.Raw("<section id=\"authorities\" class=\"band\" aria-labelledby=\"authorities-h\">\n<div class=\"wrap\">\n")
            .Raw("<h2 id=\"authorities-h\">By authority</h2>\n")
            .Open("p", "class", "sub").Text("Each authority\u2019s findings, with the guidance\u2019s own words, the evidence in its file, what to do, and any departure it recorded.").Close("p").Line();
        foreach (var row in model.Rows)
        {
            WriteAuthority(row);
        }

        html.Raw("</div>\n</section>\n");
    }

    private void WriteAuthority(MatrixRow row)
    {
        var authority = row.Authority;
        var heading = row.Anchor + "-h";
        html.Open("section", "id", row.Anchor, "class", "authority w-" + Describe(row.Worst).Css, "aria-labelledby", heading).Line()
            .Raw("<header class=\"a-head\">")
            .Open("h3", "id", heading).Text(authority.Name).Raw(" ").Open("span", "class", "code").Text(authority.Code).Close("span").Close("h3")
            .Open("p", "class", "meta")
            .Text($"{KindName(authority.Kind)} \u00b7 {Region(row.Region)} \u00b7 recorded as at {LongDate(authority.RecordedAsAt)}");
        if (authority.Location.IsKnown)
        {
            html.Text(" \u00b7 ").Open("code").Text(authority.Location.File).Close("code");
        }

        html.Close("p");
        WriteChips(row);
        html.Raw("</header>\n");

        if (row.Findings.Count == 0 && row.Errors.Count == 0)
        {
            html.Raw("<p class=\"clear\"><span class=\"b c-met\" aria-hidden=\"true\">\u2713</span> No findings: every rule in force was met.</p>\n");
        }
        else if (row.Findings.Count > 0)
        {
            html.Raw("<ol class=\"findings\">\n");
            foreach (var finding in row.Findings)
            {
                WriteFinding(finding);
            }

            html.Raw("</ol>\n");
        }

        if (row.Errors.Count > 0)
        {
            html.Open("div", "id", row.Anchor + "-errors", "class", "rule-errors")
                .Raw("<p><span class=\"b c-unknown\" aria-hidden=\"true\">?</span> <strong>Not judged</strong>: these rules failed for this authority, so their answer is unknown (neither a pass nor a finding).</p><ul>");
            foreach (var error in row.Errors)
            {
                html.Open("li").Open("code").Text(error.RuleId).Close("code").Text(": ").Text(error.Message).Text(" ").Open("code", "class", "loc").Text(error.Location.ToString()).Close("code").Close("li");
            }

            html.Raw("</ul></div>\n");
        }

        var inForce = model.Columns.Count(c => c.InForce);
        var notInForce = model.Columns.Count - inForce;
        html.Open("p", "class", "checked")
            .Text($"Checked as at {LongDate(Result.AsAt)}: {Plural(inForce, "rule", "rules")} in force")
            .Text(notInForce > 0 ? $", {Plural(notInForce, "rule", "rules")} not in force" : string.Empty)
            .Text($"; rule set {Result.RuleSetVersion}; ");
        WriteDocuments();
        html.Text(".").Close("p").Line()
            .Raw("<p class=\"top\"><a href=\"#matrix\">Back to the matrix</a></p>\n")
            .Raw("</section>\n");
    }

    private void WriteChips(MatrixRow row)
    {
        var open = row.Findings.Where(f => f.Status == FindingStatus.Open).ToList();
        var departed = row.Findings.Count - open.Count;
        html.Raw("<p class=\"chips\">");
        foreach (var (severity, one, many) in new[] { (Severity.Error, "error", "errors"), (Severity.Warning, "warning", "warnings"), (Severity.Note, "note", "notes") })
        {
            var count = open.Count(f => f.Severity == severity);
            if (count > 0)
            {
                html.Open("span", "class", "chip c-" + one).Text(Plural(count, one, many)).Close("span");
            }
        }

        if (departed > 0)
        {
            html.Open("span", "class", "chip c-departed").Text(Plural(departed, "departure", "departures")).Close("span");
        }

        if (row.Errors.Count > 0)
        {
            html.Open("span", "class", "chip c-unknown").Text(Plural(row.Errors.Count, "rule failed", "rules failed")).Close("span");
        }

        html.Raw("</p>");
    }

    /// <summary>
    /// The words of each paragraph or provision a finding cites, as the guidance catalogue quotes them; the rule's own
    /// quotation when the catalogue has none of them (a rule citing a document outside the catalogue).
    /// </summary>
    private void WriteQuotes(Citation citation)
    {
        var items = citation.Paragraphs
            .Select(p => catalogue.GetValueOrDefault((citation.Document, p)))
            .OfType<GuidanceItem>()
            .Where(i => i.Quote.Length > 0)
            .ToList();
        if (items.Count == 0)
        {
            html.Raw("<figure class=\"quote\">");
            if (citation.Quote.Length > 0)
            {
                html.Raw("<blockquote><p>").Text($"\u201c{citation.Quote}\u201d").Raw("</p></blockquote>");
            }

            html.Open("figcaption").Text($"{citation} ({citation.Edition})").Close("figcaption").Raw("</figure>\n");
            return;
        }

        foreach (var item in items)
        {
            html.Raw("<figure class=\"quote\"><blockquote><p>").Text($"\u201c{item.Quote}\u201d").Raw("</p></blockquote>")
                .Open("figcaption").Text(item.Act is null && citation.Edition.Length > 0 ? $"{item} ({citation.Edition})" : item.ToString()).Close("figcaption").Raw("</figure>\n");
        }
    }

    private void WriteFinding(Finding finding)
    {
        var (name, css, mark) = Describe(StateOf(finding));
        var severity = finding.Severity.ToString();
        html.Open("li", "id", findingIds[finding], "class", "finding f-" + css, "tabindex", "-1")
            .Raw("<div class=\"f-head\">")
            .Raw("<span class=\"b c-").Raw(css).Raw("\" aria-hidden=\"true\">").Text(mark).Raw("</span>")
            .Open("span", "class", "sev").Text(finding.Status == FindingStatus.Departed ? $"{severity}, departed" : severity).Close("span")
            .Open("strong", "class", "f-title").Text(finding.Title).Close("strong")
            .Open("code", "class", "rule-id").Text(finding.RuleId).Close("code")
            .Raw("</div>\n")
            .Open("p", "class", "msg").Text(finding.Message).Close("p").Line();

        WriteQuotes(finding.Citation);
        html.Raw("<dl class=\"facts\">\n");
        if (finding.Evidence.Count > 0 || finding.Location.IsKnown)
        {
            html.Raw("<dt>Evidence</dt><dd><ul class=\"evidence\">");
            if (finding.Evidence.Count == 0)
            {
                html.Raw("<li>").Open("code", "class", "loc").Text(finding.Location.ToString()).Close("code").Raw("</li>");
            }

            foreach (var evidence in finding.Evidence)
            {
                html.Raw("<li>").Open("code", "class", "loc").Text(evidence.Location.ToString()).Close("code")
                    .Text(" ").Open("span", "class", "ev-name").Text(evidence.Name).Close("span").Text($" {evidence.Description}").Raw("</li>");
            }

            html.Raw("</ul></dd>\n");
        }

        if (finding.Remedy is { Length: > 0 } remedy)
        {
            html.Raw("<dt>Remedy</dt>").Element("dd", remedy).Line();
        }

        if (finding.Departure is { } departure)
        {
            html.Raw("<dt>Departure</dt><dd class=\"departure\">")
                .Element("p", departure.Reasons)
                .Open("p", "class", "who").Text($"Decided by {departure.DecidedBy} on {LongDate(departure.DecidedOn)}{ReviewText(departure.ReviewBy)}. ")
                .Open("code", "class", "loc").Text(departure.Location.ToString()).Close("code").Close("p")
                .Raw("</dd>\n");
        }

        html.Raw("</dl>\n</li>\n");
    }

    private void WriteAbout()
    {
        html.Raw("<section id=\"about\" class=\"band\" aria-labelledby=\"about-h\">\n<div class=\"wrap\">\n")
            .Raw("<h2 id=\"about-h\">What was checked</h2>\n<dl class=\"about\">\n")
            .Raw("<dt>As at</dt><dd>").Open("time", "datetime", IsoDate(Result.AsAt)).Text(LongDate(Result.AsAt)).Close("time").Raw("</dd>\n")
            .Raw("<dt>Rule set version</dt><dd>").Open("code").Text(Result.RuleSetVersion).Close("code").Raw("</dd>\n")
            .Raw("<dt>Guidance</dt><dd><ul>");
        foreach (var document in Result.Documents)
        {
            html.Raw("<li>").Open("cite").Text(document.Title).Close("cite")
                .Text($" ({document.Id}), {document.Edition} edition{InForce(document)}").Raw("</li>");
        }

        html.Raw("</ul></dd>\n")
            .Raw("<dt>Rules in force</dt><dd>").Text($"{model.Columns.Count(c => c.InForce)} of the {Plural(model.Columns.Count, "rule", "rules")} in the matrix; the checks of recorded departures (para 1.12) always run").Raw("</dd>\n")
            .Raw("<dt>Authorities</dt><dd>").Number(model.Rows.Count).Raw("</dd>\n")
            .Raw("<dt>Departures</dt><dd>").Text(Result.DeparturesIgnored ? "Ignored: every finding is shown open" : "Recorded departures with clear reasons (para 1.12) turn a finding into \u2018departed\u2019: shown, not failing").Raw("</dd>\n")
            .Raw("<dt>Regions</dt><dd>From the register of English local authorities (mySociety, MIT licence).</dd>\n")
            .Raw("</dl>\n");

        html.Raw("<table class=\"rules-table\">\n<caption>The rules</caption>\n<thead><tr><th scope=\"col\">Paragraph</th><th scope=\"col\">Rule</th><th scope=\"col\">Obligation</th><th scope=\"col\">In force</th><th scope=\"col\" class=\"num\">Authorities short</th></tr></thead>\n<tbody>\n");
        foreach (var column in model.Columns)
        {
            var rule = column.Rule;
            var shortOf = model.Rows.Count(r => r.Cells[column.Order].State is CellState.Error or CellState.Warning or CellState.Note);
            html.Raw("<tr>").Element("td", string.Join(", ", column.Paragraphs))
                .Raw("<th scope=\"row\">").Text(rule.Title).Raw(" ").Open("code", "class", "rule-id").Text(rule.Id).Close("code").Raw("</th>")
                .Element("td", ObligationName(rule.Obligation))
                .Element("td", column.InForce ? "Yes" : $"No{Effective(rule)}")
                .Raw("<td class=\"num\">").Number(shortOf).Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        if (Result.Errors.Count > 0)
        {
            html.Raw("<h3>Rules that failed</h3>\n<ul class=\"errors\">");
            foreach (var error in Result.Errors)
            {
                html.Raw("<li>").Open("code", "class", "loc").Text(error.Location.ToString()).Close("code")
                    .Text($" {error.RuleId} ({error.AuthorityCode ?? "every authority"}): {error.Message}").Raw("</li>");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("</div>\n</section>\n");
    }

    private static string InForce(GuidanceDocument document) => (document.InForceFrom, document.InForceUntil) switch
    {
        ({ } from, { } until) => $", in force {LongDate(from)} to {LongDate(until)}",
        ({ } from, null) => $", in force from {LongDate(from)}",
        _ => string.Empty,
    };

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string NextTip() => "t" + (++tips).ToString(CultureInfo.InvariantCulture);
}
