namespace Governance.Rules.Reports.Html;

/// <summary>
/// The page written when a check evaluated nothing: a page that says so plainly, rather than an empty matrix that
/// would read as a clean result, with the text report's account of why (problems with their file, line and column).
/// </summary>
internal static class NothingCheckedPage
{
    /// <summary>The page around the text report of the check.</summary>
    /// <param name="textReport">What <see cref="TextReport"/> wrote for the check.</param>
    public static Markup Write(string textReport)
    {
        var html = new Markup(8 * 1024 + textReport.Length * 2);
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"Governance.Rules HtmlReport\">\n")
            .Element("title", "Governance compliance report: nothing was checked").Line()
            .Raw("<style>\n").Raw(ReportAssets.Styles).Raw("</style>\n</head>\n<body>\n")
            .Raw("<header class=\"masthead\">\n<div class=\"wrap\">\n<p class=\"eyebrow\">Compliance report</p>\n")
            .Element("h1", "Nothing was checked").Line()
            .Element("p", "No authority was judged, so this is not a clean result: the reasons follow. Fix them and run the check again.", "class", "lede").Line()
            .Raw("</div>\n</header>\n<main id=\"content\">\n<section class=\"wrap\" aria-labelledby=\"why\">\n")
            .Element("h2", "Why", "id", "why").Line()
            .Element("pre", textReport, "class", "nothing-checked")
            .Raw("\n</section>\n</main>\n</body>\n</html>\n");
        return html;
    }
}
