using System.Reflection;
using System.Text.RegularExpressions;
using Governance.Rules.Language;
using Governance.Rules.Language.Checking;
using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

/// <summary>docs/rule-language.md is the analysts' reference: it must cover every code and function, and its examples must compile.</summary>
public partial class ReferenceDocumentTests
{
    private static readonly Lazy<string> Document = new(() =>
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory!.FullName, "docs", "rule-language.md"));
    });

    [Test]
    public void Every_diagnostic_code_has_a_row_in_the_table()
    {
        var codes = typeof(LanguageCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        codes.Should().HaveCount(12);
        foreach (var code in codes)
        {
            Document.Value.Should().Contain($"| {code} | **", $"{code} should be documented");
        }
    }

    [Test]
    public void Every_function_is_documented()
    {
        foreach (var function in ExpressionBinder.Functions.Keys)
        {
            Document.Value.Should().Contain($"| `{function}(", $"{function} should be documented");
        }
    }

    [Test]
    public void Every_example_in_the_operator_and_function_tables_compiles_on_some_fact_type()
    {
        var rows = Document.Value.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Count(c => c == '|') == 4);
        var examples = rows
            .Select(r => r.Split('|')[3])
            .SelectMany(cell => InlineCode().Matches(cell).Select(m => m.Groups[1].Value))
            .ToList();
        examples.Should().HaveCountGreaterThan(20);
        foreach (var example in examples)
        {
            CompilesOnSomeFactType(example).Should().BeTrue($"the example '{example}' should compile");
        }
    }

    private static bool CompilesOnSomeFactType(string example)
    {
        foreach (var name in Catalog.FactTypeNames)
        {
            var type = FactTypeNamed(name);
            var scope = new ExpressionScope([Binding.ForFact("dcs", FactTypeNamed("Post")), Binding.ForFact("it", type)], "it");
            if (Compiler.CompileCondition(example, scope).Succeeded || Compiler.CompileValue(example, scope).Succeeded)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();
}
