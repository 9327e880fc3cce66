using NJsonSchema.Validation;

namespace Governance.Model.Tests.Schemas;

/// <summary>Small hand-written files, each with one thing wrong (or one thing right), and what the schema says.</summary>
public class SchemaNegativeCaseTests
{
    private const string Header = """
        code: E10000024
        name: Nottinghamshire County Council
        kind: county
        recordedAsAt: 2010-04-01

        """;

    [Test]
    public void Minimal_whole_file_with_the_four_required_keys_posts_and_boards_is_valid()
    {
        AuthoritySchemaValidator.ValidateYaml(Header + "posts: []\nboards: []\n").Should().BeEmpty();
    }

    [Test]
    public void A_file_of_a_childrens_services_authority_without_posts_and_boards_is_incomplete()
    {
        var errors = AuthoritySchemaValidator.ValidateYaml(Header);

        ShouldContain(errors, ValidationErrorKind.PropertyRequired, "#/posts");
        ShouldContain(errors, ValidationErrorKind.PropertyRequired, "#/boards");
    }

    [Test]
    public void Unknown_top_level_key_is_rejected()
    {
        var errors = Validate(Header + "recordedAt: 2010-04-01\n");

        ShouldContain(errors, ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/recordedAt");
    }

    [Test]
    public void Unknown_key_in_a_post_is_rejected()
    {
        var errors = Validate(Header + """
            posts:
              - id: dcs
                role: directorOfChildrensServices
                reportTo: ceo
            """);

        ShouldContain(errors, ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/posts[0].reportTo");
    }

    [Test]
    public void Enum_value_not_in_the_list_is_rejected()
    {
        var errors = Validate(Header + """
            posts:
              - id: dcs
                role: DirectorOfChildrensServices
            """);

        ShouldContain(errors, ValidationErrorKind.NotInEnumeration, "#/posts[0].role");
    }

    [Test]
    public void Partner_kind_not_in_the_list_is_rejected()
    {
        var errors = Validate(Header + """
            boards:
              - id: ctb
                kind: childrensTrustBoard
                name: Children's Trust Board
                members:
                  - name: A Head Teacher
                    represents: school
            """);

        ShouldContain(errors, ValidationErrorKind.NotInEnumeration, "#/boards[0].members[0].represents");
    }

    [TestCase("01/04/2010")]
    [TestCase("2010-4-1")]
    [TestCase("2010-13-01")]
    [TestCase("2010-02-29")]
    [TestCase("2010-04-31")]
    [TestCase("April 2010")]
    public void Date_not_written_as_an_existing_YYYY_MM_DD_day_is_rejected(string date)
    {
        var errors = Validate(Header.Replace("2010-04-01", date, StringComparison.Ordinal));

        ShouldContain(errors, ValidationErrorKind.PatternMismatch, "#/recordedAsAt");
    }

    [TestCase("2008-02-29")]
    [TestCase("2000-02-29")]
    [TestCase("2010-12-31")]
    public void Leap_days_and_year_ends_are_accepted(string date)
    {
        Validate(Header.Replace("2010-04-01", date, StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void Quoted_date_is_accepted_like_a_plain_one()
    {
        Validate(Header.Replace("2010-04-01", "'2010-04-01'", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [TestCase("E1000024")]
    [TestCase("e10000024")]
    [TestCase("W06000001X")]
    [TestCase("NTT")]
    public void Code_that_is_not_an_English_GSS_code_is_rejected(string code)
    {
        var errors = Validate(Header.Replace("E10000024", code, StringComparison.Ordinal));

        ShouldContain(errors, ValidationErrorKind.PatternMismatch, "#/code");
    }

    [Test]
    public void Membership_with_both_person_and_name_is_rejected()
    {
        var errors = Validate(Header + """
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Safeguarding Children Board
                members:
                  - person: dcs
                    name: Daniel Okafor
                    represents: localAuthority
            """);

        ShouldContain(errors, ValidationErrorKind.NotOneOf, "#/boards[0].members[0]");
    }

    [Test]
    public void Membership_with_neither_person_nor_name_is_rejected()
    {
        var errors = Validate(Header + """
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Safeguarding Children Board
                members:
                  - organisation: Nottinghamshire Police
                    represents: police
            """);

        ShouldContain(errors, ValidationErrorKind.NotOneOf, "#/boards[0].members[0]");
    }

    [Test]
    public void Membership_without_represents_is_rejected()
    {
        var errors = Validate(Header + """
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Safeguarding Children Board
                members:
                  - name: Chief Superintendent Sam Hill
            """);

        ShouldContain(errors, ValidationErrorKind.PropertyRequired, "#/boards[0].members[0].represents");
    }

    [Test]
    public void Board_with_both_chair_and_chairName_is_rejected()
    {
        var errors = Validate(Header + """
            boards:
              - id: ctb
                kind: childrensTrustBoard
                name: Children's Trust Board
                chair: lm
                chairName: Cllr Susan Carrow
            """);

        ShouldContain(errors, ValidationErrorKind.ExcludedSchemaValidates, "#/boards[0]");
    }

    [Test]
    public void Councillor_with_a_job_title_is_rejected()
    {
        var errors = Validate(Header + """
            people:
              - id: lm
                name: Cllr Susan Carrow
                type: councillor
                jobTitle: Lead Member
            """);

        ShouldContain(errors, ValidationErrorKind.NotOneOf, "#/people[0]");
    }

    [Test]
    public void Officer_marked_as_an_executive_member_is_rejected()
    {
        var errors = Validate(Header + """
            people:
              - id: dcs
                name: Daniel Okafor
                type: officer
                isExecutiveMember: true
            """);

        ShouldContain(errors, ValidationErrorKind.NotOneOf, "#/people[0]");
    }

    [Test]
    public void Officer_and_councillor_with_their_own_keys_are_valid()
    {
        Validate(Header + """
            people:
              - id: dcs
                name: Daniel Okafor
                type: officer
                jobTitle: Corporate Director
              - id: lm
                name: Cllr Susan Carrow
                type: councillor
                party: Conservative
                isExecutiveMember: true
            """).Should().BeEmpty();
    }

    [Test]
    public void Districts_on_a_council_that_is_not_a_county_are_rejected()
    {
        var errors = Validate(Header.Replace("kind: county", "kind: unitary", StringComparison.Ordinal)
            + "districts: [E07000170]\n");

        ShouldContain(errors, ValidationErrorKind.NotAnyOf, "#/");
    }

    [Test]
    public void Id_with_a_space_is_rejected()
    {
        var errors = Validate(Header + """
            posts:
              - id: lead member
                role: leadMemberForChildrensServices
            """);

        ShouldContain(errors, ValidationErrorKind.PatternMismatch, "#/posts[0].id");
    }

    [Test]
    public void Vacant_post_may_have_a_null_holder()
    {
        Validate(Header + """
            posts:
              - id: dcs
                role: directorOfChildrensServices
                holder: null
                tenure: interim
            """).Should().BeEmpty();
    }

    [Test]
    public void Departure_without_reasons_or_with_blank_reasons_is_rejected()
    {
        var errors = Validate(Header + """
            departures:
              - ruleId: dcs-dass-combined
                decidedBy: Cabinet
                decidedOn: 2009-07-16
              - ruleId: dcs-dass-combined
                reasons: "   "
                decidedBy: Cabinet
                decidedOn: 2009-07-16
            """);

        ShouldContain(errors, ValidationErrorKind.PropertyRequired, "#/departures[0].reasons");
        ShouldContain(errors, ValidationErrorKind.PatternMismatch, "#/departures[1].reasons");
    }

    [Test]
    public void Missing_required_top_level_key_is_rejected()
    {
        var errors = Validate(Header.Replace("kind: county\n", string.Empty, StringComparison.Ordinal));

        ShouldContain(errors, ValidationErrorKind.PropertyRequired, "#/kind");
    }

    [Test]
    public void Boolean_written_as_text_is_rejected()
    {
        var errors = Validate(Header + """
            posts:
              - id: dcs
                role: directorOfChildrensServices
                onSeniorManagementTeam: "yes"
            """);

        ShouldContain(errors, ValidationErrorKind.BooleanExpected, "#/posts[0].onSeniorManagementTeam");
    }

    private static IReadOnlyList<ValidationError> Validate(string yaml) => AuthoritySchemaValidator.ValidateFragmentYaml(yaml);

    private static void ShouldContain(IReadOnlyList<ValidationError> errors, ValidationErrorKind kind, string path) =>
        AuthoritySchemaValidator.Flatten(errors)
            .Should().Contain(e => e.Kind == kind && e.Path == path, AuthoritySchemaValidator.Describe(errors));
}
