namespace Governance.Model.Tests.Loading;

/// <summary>Damaged copies of a complete authority never crash the loader, and every problem has a place.</summary>
public class MutatedAuthorityTests
{
    private const string Replacements = "-:[]{}#&*!|>'\" \n\t~0123456789aZ_,?";

    [Test]
    public void DamagedAuthorities_GiveDiagnosticsWithPlacesNeverExceptions()
    {
        var random = new Random(20100401);
        var original = CompleteAuthorityTests.Nottinghamshire;
        for (var i = 0; i < 1000; i++)
        {
            var text = original.ToCharArray();
            var changes = random.Next(1, 4);
            for (var c = 0; c < changes; c++)
            {
                text[random.Next(text.Length)] = Replacements[random.Next(Replacements.Length)];
            }

            var damaged = new string(text);
            var result = TestYaml.Load(damaged);

            if (result.Authorities.Count == 0)
            {
                result.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error, "damaged text {0} was not loaded", damaged);
            }

            result.Diagnostics.Should().NotContain(d => d.Location.Line < 1 || d.Location.Column < 1, "damaged text gave {0}", string.Join("\n", result.Diagnostics));
        }
    }
}
