using System.Text.RegularExpressions;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Guidance;

/// <summary>
/// The catalogue holds the text's own facts: each item's quote is the guidance's words, found in that item, and each
/// obligation word it lists is a word that item uses. The text is kept beside this test (Source/README.md names it).
/// </summary>
public sealed partial class CatalogueQuoteTests
{
    private static readonly string Text = File.ReadAllText(
        Path.Combine(RepositoryFiles.Root, "tests", "Governance.Rules.Tests", "Guidance", "Source", "DCSF-00686-2009.txt"));

    private static readonly CataloguedDocument Document = LoadShipped();

    [TestCaseSource(nameof(Numbers))]
    public void The_quote_is_the_texts_own_words_in_that_item(string number)
    {
        Document.TryGetPart(number, out var part).Should().BeTrue();

        Collapse(ItemText(number)).Should().Contain(Collapse(part.Quote), "the quote of {0} must be copied word for word", number);
    }

    [TestCaseSource(nameof(Numbers))]
    public void Each_obligation_word_listed_is_used_by_the_item(string number)
    {
        Document.TryGetPart(number, out var part).Should().BeTrue();
        var text = ItemText(number);

        foreach (var word in part.Obligations)
        {
            Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
                .Should().BeTrue("{0} lists '{1}', so its text must use it", number, word);
        }
    }

    [Test]
    public void Every_item_is_classified_and_the_counts_are_what_the_catalogue_says()
    {
        var counts = Document.Parts.GroupBy(p => p.Classification).ToDictionary(g => g.Key, g => g.Count());

        Document.Parts.Should().HaveCount(102);
        counts.Values.Sum().Should().Be(102);
        Document.Parts.Where(p => p.Classification != ItemClassification.Checkable).Should().OnlyContain(p => p.Detail != null && p.Detail.Length > 10);
    }

    [TestCase("3.14", "will need to consider carefully")]
    [TestCase("1.13", "must")]
    [TestCase("3.16", "must secure clear accountability")]
    [TestCase("2.17", "participant observer")]
    public void A_heading_says_what_the_text_says(string number, string words)
    {
        Document.TryGetPart(number, out var part).Should().BeTrue();

        part.Heading.Should().Contain(words);
    }

    private static IEnumerable<string> Numbers() => LoadShipped().Parts.Select(p => p.Number);

    private static CataloguedDocument LoadShipped()
    {
        var result = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder);
        result.Catalogue.TryGetDocument("DCSF-00686-2009", out var document).Should().BeTrue();
        return document;
    }

    /// <summary>The text of a numbered paragraph (to the next one), or of a subsection of s18 or s19 of Appendix 1.</summary>
    private static string ItemText(string number)
    {
        if (number.StartsWith('s'))
        {
            var section = number[1..number.IndexOf('(', StringComparison.Ordinal)];
            var start = Text.IndexOf($"### Section {section}:", StringComparison.Ordinal);
            var end = Text.IndexOf(section == "18" ? "### Section 19:" : "# Appendix 2", start, StringComparison.Ordinal);
            var block = Text[start..end];
            var subsection = number[number.IndexOf('(', StringComparison.Ordinal)..];
            var marks = Subsection().Matches(block).ToList();
            var index = marks.FindIndex(m => m.Groups[1].Value == subsection);
            index.Should().BeGreaterThanOrEqualTo(0, "{0} should be in the text", number);
            return block[marks[index].Index..(index + 1 < marks.Count ? marks[index + 1].Index : block.Length)];
        }

        var paragraphs = Paragraph().Matches(Text).ToList();
        var at = paragraphs.FindIndex(m => m.Groups[1].Value == number);
        at.Should().BeGreaterThanOrEqualTo(0, "{0} should be in the text", number);
        var stop = at + 1 < paragraphs.Count ? paragraphs[at + 1].Index : Text.IndexOf("# Appendix 1", StringComparison.Ordinal);
        return Text[paragraphs[at].Index..stop];
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"^(?:- )?(?:\*\*)?(\d+\.\d+)\*\*", RegexOptions.Multiline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"^\s*- (\(\d+\))", RegexOptions.Multiline)]
    private static partial Regex Subsection();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
