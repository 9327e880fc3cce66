namespace Governance.Rules.Tests.Findings;

public class CitationTests
{
    [TestCase(new[] { "3.13" }, "DCSF-00686-2009 para 3.13")]
    [TestCase(new[] { "3.29", "3.32" }, "DCSF-00686-2009 paras 3.29, 3.32")]
    [TestCase(new[] { "s18(1)" }, "DCSF-00686-2009 s18(1)")]
    [TestCase(new[] { "2.25", "s19(1)" }, "DCSF-00686-2009 para 2.25; s19(1)")]
    public void ToString_NamesParagraphsAndProvisionsAsTheGuidanceDoes(string[] parts, string expected)
    {
        var citation = new Citation("DCSF-00686-2009", "2009", parts, "a quote");

        citation.ToString().Should().Be(expected);
    }
}
