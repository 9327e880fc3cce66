namespace Governance.Rules.Tests.Findings;

public class CitationTests
{
    [TestCase(new[] { "3.13" }, "DCSF-00686-2009 para 3.13")]
    [TestCase(new[] { "3.29", "3.32" }, "DCSF-00686-2009 paras 3.29, 3.32")]
    [TestCase(new[] { "s18(1)" }, "Children Act 2004 s18(1)")]
    [TestCase(new[] { "2.25", "s19(1)" }, "DCSF-00686-2009 para 2.25; Children Act 2004 s19(1)")]
    public void ToString_names_the_guidance_for_its_paragraphs_and_the_Act_for_its_provisions(string[] parts, string expected)
    {
        var citation = new Citation("DCSF-00686-2009", "2009", parts, "a quote") { Act = "Children Act 2004" };

        citation.ToString().Should().Be(expected);
    }

    [Test]
    public void Without_an_Act_a_provision_is_cited_under_its_document() =>
        new Citation("DCSF-00686-2009", "2009", ["s18(1)"], "a quote").ToString().Should().Be("DCSF-00686-2009 s18(1)");

    [TestCase(new[] { "3.5" }, false)]
    [TestCase(new[] { "3.15", "s18(8)" }, true)]
    public void CitesAnAct_is_true_when_a_provision_is_cited(string[] parts, bool expected) =>
        new Citation("DCSF-00686-2009", "2009", parts, "a quote").CitesAnAct.Should().Be(expected);
}
