using Governance.Model;
using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class NullAndEnumTests
{
    private LanguageFixture model = null!;

    [SetUp]
    public void SetUp() => model = new LanguageFixture();

    [Test]
    public void Reading_a_member_of_a_missing_value_gives_a_missing_value()
    {
        ValueOnPost("holder.name", model.Vacant).Should().BeNull();
        ValueOnPost("reportsTo.holder.name", model.Dass).Should().BeNull();
        ValueOnPost("holder.vettingAndBarring.reference", model.LeadMember).Should().BeNull();
    }

    [Test]
    public void Equality_with_null_is_defined()
    {
        OnPost("holder == null", model.Vacant).Should().BeTrue();
        OnPost("holder != null", model.Vacant).Should().BeFalse();
        OnPost("null == holder", model.Dcs).Should().BeFalse();
        OnPost("end == null", model.Dcs).Should().BeTrue();
        OnPost("reportsTo.role == null", model.Dass).Should().BeTrue();
        OnPost("reportsTo.role == ChiefExecutive", model.Dcs).Should().BeTrue();
        OnPost("reportsTo.role != ChiefExecutive", model.Dass).Should().BeTrue();
    }

    [Test]
    public void Two_missing_values_are_equal()
    {
        var scope = Scope("b", ("a", "Post"), ("b", "Post"));
        Condition("holder == a.holder", scope)([model.Vacant, new Post { Id = "x", Role = PostRole.Leader }], AsAt).Should().Be(true);
    }

    [Test]
    public void Ordering_comparisons_with_a_missing_value_are_false_both_ways()
    {
        OnPost("start <= asAt", model.Dass).Should().BeFalse();
        OnPost("start > asAt", model.Dass).Should().BeFalse();
        OnPost("end < asAt", model.Vacant).Should().BeTrue();
        OnPost("end >= asAt or end == null", model.Vacant).Should().BeFalse();
        OnPost("end >= asAt or end == null", model.Dcs).Should().BeTrue();
    }

    [Test]
    public void A_missing_yes_no_value_counts_as_no()
    {
        OnPost("reportsTo.onSeniorManagementTeam", model.Dass).Should().BeFalse();
        OnPost("not reportsTo.onSeniorManagementTeam", model.Dass).Should().BeTrue();
        OnPost("reportsTo.isVacant or true", model.Dass).Should().BeTrue();
        OnPost("reportsTo.onSeniorManagementTeam == null", model.Dass).Should().BeTrue();
    }

    [Test]
    public void Nullable_and_non_nullable_dates_compare()
    {
        OnPost("start < authority.recordedAsAt", model.Dcs).Should().BeTrue();
        OnPost("authority.recordedAsAt == asAt", model.Dcs).Should().BeTrue();
        OnPost("start == authority.recordedAsAt", model.Dcs).Should().BeFalse();
    }

    [TestCase("role == DirectorOfChildrensServices")]
    [TestCase("role == directorOfChildrensServices")]
    [TestCase("DirectorOfChildrensServices == role")]
    [TestCase("directorOfChildrensServices == role")]
    [TestCase("role == PostRole.DirectorOfChildrensServices")]
    [TestCase("role == PostRole.directorOfChildrensServices")]
    [TestCase("role in [directorOfChildrensServices]")]
    [TestCase("reportsTo.role != DirectorOfChildrensServices")]
    public void Enum_values_resolve_against_the_other_side_in_either_casing(string condition) =>
        OnPost(condition, model.Dcs).Should().BeTrue();

    [Test]
    public void Enum_values_of_other_enums_resolve_by_context()
    {
        var scope = Scope("m", ("m", "BoardMembership"));
        var membership = model.Lscb.Members[1];
        Condition("capacity == participantObserver and represents == Police and board.kind == LocalSafeguardingChildrenBoard", scope)(
            [membership], AsAt).Should().Be(true);
        Condition("represents in [police, health]", scope)([membership], AsAt).Should().Be(true);
    }

    [Test]
    public void A_name_in_scope_wins_over_a_camelCase_enum_value_but_not_over_an_exact_one()
    {
        // 'Leader' (as declared) is always the enum value; 'leader' is the binding of that name, here a Post, which
        // cannot be compared with a role.
        var scope = Scope("post", ("leader", "Post"), ("post", "Post"));
        Condition("role != Leader and holder != leader.holder", scope)([model.LeadMember, model.Dcs], AsAt).Should().Be(true);
        var error = Compiler.CompileCondition("role == leader", scope).Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("GOV203");
    }
}
