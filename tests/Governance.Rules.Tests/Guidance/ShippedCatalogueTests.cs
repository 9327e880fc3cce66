using System.Text.RegularExpressions;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Guidance;

public sealed class ShippedCatalogueTests
{
    private const string SeedFile = "/work/shared/seeds/000_d41f3be8f1f7a191.txt";

    // The numbered paragraphs of DCSF-00686-2009, read by hand from the guidance: 14 in section 1, 27 in section 2,
    // 44 in section 3 and 5 in section 4.
    private static readonly string[] ExpectedParagraphs =
        [.. Numbers(1, 14), .. Numbers(2, 27), .. Numbers(3, 44), .. Numbers(4, 5)];

    private static readonly string[] ExpectedProvisions =
        ["s18(1)", "s18(2)", "s18(3)", "s18(4)", "s18(5)", "s18(6)", "s18(7)", "s18(8)", "s18(9)", "s18(10)", "s19(1)", "s19(2)"];

    private static CataloguedDocument LoadShipped()
    {
        var result = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder);
        result.Diagnostics.Should().BeEmpty();
        result.Catalogue.TryGetDocument("DCSF-00686-2009", out var document).Should().BeTrue();
        return document;
    }

    [Test]
    public void The_shipped_catalogue_loads_without_problems_and_describes_the_2009_guidance()
    {
        var document = LoadShipped();

        document.Title.Should().Be("The Roles and Responsibilities of the Lead Member for Children's Services and the Director of Children's Services");
        document.Reference.Should().Be("DCSF-00686-2009");
        document.IssuedUnder.Should().Equal("Children Act 2004 s18(7)", "Children Act 2004 s19(2)");
        document.InForceFrom.Should().Be(new DateOnly(2009, 7, 1));
        document.InForceFromBasis.Should().StartWith("Inferred:");
        document.InForceUntil.Should().Be(new DateOnly(2012, 4, 2), "the 2012 edition replaced it on 3 April 2012");
        document.InForceUntilBasis.Should().Contain("3 April 2012");
        document.ProvisionsOf.Should().Be("Children Act 2004");
    }

    [Test]
    public void The_catalogue_lists_exactly_the_90_numbered_paragraphs_in_order()
    {
        var document = LoadShipped();

        var paragraphs = document.Parts.Where(p => p.Kind == GuidancePartKind.Paragraph).Select(p => p.Number);

        ExpectedParagraphs.Should().HaveCount(90);
        paragraphs.Should().Equal(ExpectedParagraphs);
        document.Parts.Where(p => p.Kind == GuidancePartKind.Paragraph).Should().OnlyContain(p => p.Heading.Length > 0 && p.Section != null);
    }

    [Test]
    public void The_catalogue_lists_the_provisions_of_Appendix_1_with_their_commencement()
    {
        var document = LoadShipped();

        document.Parts.Where(p => p.Kind == GuidancePartKind.Provision).Select(p => p.Number).Should().Equal(ExpectedProvisions);
        document.TryGetPart("s18(1)", out var appointment).Should().BeTrue();
        appointment.Commencement!.Date.Should().Be(new DateOnly(2008, 1, 1));
        appointment.Commencement.Meaning.Should().Be("appointed day");
        document.TryGetPart("s19(1)", out var leadMember).Should().BeTrue();
        leadMember.Commencement!.Date.Should().Be(new DateOnly(2008, 3, 21));
        document.InForceFromOf(leadMember).Should().Be(new DateOnly(2008, 3, 21));
        document.TryGetPart("s18(8)", out var joint).Should().BeTrue();
        joint.Commencement.Should().BeNull("the guidance dates the appointed day for s18(1)'s duty, not the commencement of every subsection");
        document.TryGetPart("3.13", out var paragraph).Should().BeTrue();
        document.InForceFromOf(paragraph).Should().Be(new DateOnly(2009, 7, 1));
    }

    [Test]
    public void The_catalogue_lists_every_numbered_paragraph_of_the_guidance_text_when_the_text_is_available()
    {
        Assume.That(File.Exists(SeedFile), $"The guidance text is not on this machine ({SeedFile}); the explicit list above still checks the catalogue.");
        var numbered = Regex.Matches(File.ReadAllText(SeedFile), @"^(?:- )?(?:\*\*)?(\d+\.\d+)\*\*", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();

        var document = LoadShipped();

        numbered.Should().Equal(ExpectedParagraphs, "the text's numbered paragraphs are the ones asserted explicitly");
        document.Parts.Where(p => p.Kind == GuidancePartKind.Paragraph).Select(p => p.Number).Should().Equal(numbered);
    }

    private static IEnumerable<string> Numbers(int section, int count) =>
        Enumerable.Range(1, count).Select(i => FormattableString.Invariant($"{section}.{i}"));
}
