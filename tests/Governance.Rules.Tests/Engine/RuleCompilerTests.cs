using Governance.Model;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class RuleCompilerTests
{
    [Test]
    public void Two_rules_with_the_same_id_are_reported()
    {
        var first = Finding("same", Pattern<Post>("p"));
        var second = Finding("same", Pattern<Officer>("o"));

        var compilation = RuleCompiler.Compile([first, second]);

        compilation.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.DuplicateRuleId);
        compilation.Diagnostics[0].Location.Should().Be(second.Location);
    }

    [Test]
    public void A_rule_that_is_not_whole_is_reported_and_not_compiled()
    {
        var broken = Finding("twice", Pattern<Post>("p"), Pattern<Officer>("p"));

        var compilation = RuleCompiler.Compile([broken, ForwardChainingTests.HoldsPostRule()]);

        compilation.Succeeded.Should().BeFalse();
        compilation.Diagnostics.Should().ContainSingle().Which.Should().Be(broken.Check().Single());
    }

    [Test]
    public void A_valid_rule_set_compiles_without_diagnostics_and_lists_its_rules_by_id()
    {
        var compilation = RuleCompiler.Compile([ForwardChainingTests.DualRoleFinding(), ForwardChainingTests.HoldsPostRule(), ForwardChainingTests.DualRoleRule()]);

        compilation.Succeeded.Should().BeTrue();
        compilation.Diagnostics.Should().BeEmpty();
        compilation.Rules!.Rules.Select(r => r.Id).Should().Equal("dual-role", "dual-role-found", "holds-post");
        compilation.Rules.Strata.Select(s => s.Rules.Single().Id).Should().Equal("holds-post", "dual-role", "dual-role-found");
    }
}
