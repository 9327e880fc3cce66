using Governance.Model;
using Governance.Rules.Loading;

namespace Governance.Rules.Tests.Loading;

public sealed class GuidanceCatalogueLoaderTests
{
    private const string Valid = """
        id: TEST-1
        title: A test document
        kind: statutory guidance
        reference: TEST-1
        edition: "2009"
        inForce: { from: 2009-07-01 }
        paragraphs:
          - { number: "1.1", section: Introduction, heading: First, quote: the first words, obligations: [should], classification: checkable }
          - { number: "1.2", heading: Second, quote: the second words, obligations: [none], classification: not-checkable, reason: Context only. }
        provisions:
          - number: s18(1)
            heading: Appoint a director
            quote: must appoint an officer
            obligations: [may, must]
            classification: checkable
            commencement: { date: 2008-01-01, meaning: appointed day, source: SI 2007 No. 1792 }
        """;

    [Test]
    public void LoadText_ValidDocument_GivesItsParagraphsAndProvisionsWithPlaces()
    {
        var result = GuidanceCatalogueLoader.LoadText(Valid, "test.yaml");

        result.Diagnostics.Should().BeEmpty();
        result.Catalogue.TryGetDocument("TEST-1", out var document).Should().BeTrue();
        document.Parts.Select(p => p.Number).Should().Equal("1.1", "1.2", "s18(1)");
        document.Parts[1].Location.Should().Be(new SourceLocation("test.yaml", 9, 5));
        document.Edition.Should().Be("2009");
        document.Parts[0].Obligations.Should().Equal("should");
        document.Parts[1].Obligations.Should().BeEmpty("[none] is no obligation word");
        document.Parts[1].Classification.Should().Be(ItemClassification.NotCheckable);
        document.Parts[1].Detail.Should().Be("Context only.");
        document.Parts[2].Quote.Should().Be("must appoint an officer");
    }

    [TestCase("obligations: [should]", "obligations: [shall]", "GOV463", TestName = "An obligation word the catalogue does not know is an error")]
    [TestCase("obligations: [none]", "obligations: [none, must]", "GOV463", TestName = "None beside another obligation word is an error")]
    [TestCase("classification: checkable }", "classification: checkible }", "GOV464", TestName = "An unknown classification is an error with a suggestion")]
    [TestCase(", reason: Context only.", "", "GOV465", TestName = "A not-checkable item without a reason is an error")]
    [TestCase("classification: checkable }", "classification: checkable, evidence: A review. }", "GOV465", TestName = "Evidence on a checkable item is an error")]
    [TestCase("classification: not-checkable, reason: Context only.", "classification: process", "GOV465", TestName = "A process item without evidence is an error")]
    public void LoadText_AWrongItemFact_IsAnErrorWithItsCode(string from, string to, string code)
    {
        var result = GuidanceCatalogueLoader.LoadText(Valid.Replace(from, to, StringComparison.Ordinal), "test.yaml");

        result.Diagnostics.Select(d => d.Code).Should().Equal(code);
        result.Catalogue.Documents.Should().BeEmpty();
    }

    [Test]
    public void LoadText_RepeatedParagraphNumber_IsAnErrorAtTheSecondNumber()
    {
        var text = Valid.Replace("number: \"1.2\"", "number: \"1.1\"", StringComparison.Ordinal);

        var result = GuidanceCatalogueLoader.LoadText(text, "test.yaml");

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "GOV460",
            Location = new SourceLocation("test.yaml", 9, 15),
        });
        result.Catalogue.Documents.Should().BeEmpty();
    }

    [Test]
    public void LoadText_MisspeltKey_SuggestsTheKey()
    {
        var text = Valid.Replace("heading: Second", "heding: Second", StringComparison.Ordinal);

        var result = GuidanceCatalogueLoader.LoadText(text, "test.yaml");

        result.Diagnostics.Select(d => (d.Code, d.Location)).Should().Equal(
            ("GOV422", new SourceLocation("test.yaml", 9, 5)),
            ("GOV420", new SourceLocation("test.yaml", 9, 22)));
        result.Diagnostics[1].Message.Should().Contain("Did you mean 'heading'?");
    }

    [Test]
    public void LoadText_BadNumbers_AreErrorsSayingWhatIsExpected()
    {
        var text = Valid.Replace("\"1.2\"", "\"para 1.2\"", StringComparison.Ordinal).Replace("s18(1)", "section 18", StringComparison.Ordinal);

        var result = GuidanceCatalogueLoader.LoadText(text, "test.yaml");

        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).Should().Equal(("GOV462", 9), ("GOV462", 11));
        result.Diagnostics[1].Message.Should().Contain("such as s18(8)");
    }

    [Test]
    public void LoadText_ImpossibleDateAndReversedPeriod_AreErrors()
    {
        var impossible = GuidanceCatalogueLoader.LoadText(Valid.Replace("2008-01-01", "2008-02-30", StringComparison.Ordinal), "a.yaml");
        var reversed = GuidanceCatalogueLoader.LoadText(Valid.Replace("{ from: 2009-07-01 }", "{ from: 2009-07-01, until: 2009-06-30 }", StringComparison.Ordinal), "b.yaml");

        impossible.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("February 2008 has 29 days");
        reversed.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV429");
    }

    [Test]
    public void LoadText_MissingRequiredKeys_AreListed()
    {
        var result = GuidanceCatalogueLoader.LoadText("id: X-1\ntitle: T\n", "test.yaml");

        result.Diagnostics.Where(d => d.Code == "GOV422").Select(d => d.Message)
            .Should().HaveCount(5).And.Contain(m => m.Contains("'inForce:'", StringComparison.Ordinal));
    }

    [Test]
    public void LoadFiles_SameDocumentTwice_IsAnErrorAtTheSecond()
    {
        var folder = Directory.CreateTempSubdirectory("guidance-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.yaml"), Valid);
            File.WriteAllText(Path.Combine(folder.FullName, "b.yaml"), Valid);

            var result = GuidanceCatalogueLoader.LoadFolder(folder.FullName);

            result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                Code = "GOV461",
                Location = new SourceLocation(Path.Combine(folder.FullName, "b.yaml"), 1, 1),
            });
            result.Catalogue.Documents.Should().ContainSingle();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
