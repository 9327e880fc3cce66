using Governance.Model;
using Governance.Rules.Loading;
using Governance.Rules.Testing.Running;

namespace Governance.Rules.Testing;

/// <summary>
/// The test cases written beside rules in <c>*.tests.yaml</c> files (see <c>docs/rule-authoring.md</c>, "Testing a
/// rule"), loaded strictly: every problem of every file is a diagnostic with file, line and column, and the cases that
/// read cleanly are kept. Run them against a rule set with <see cref="Run"/>, or one by one with <see cref="RuleTestCase.Run"/>.
/// </summary>
public sealed class RuleTestSuite
{
    /// <summary>How a rule test file's name ends: a rule's tests sit beside it as <c>rule-id.tests.yaml</c>.</summary>
    public const string FileSuffix = ".tests.yaml";

    private RuleTestSuite(IReadOnlyList<string> files, IReadOnlyList<RuleTestCase> cases, IReadOnlyList<Diagnostic> diagnostics)
    {
        Files = files;
        Cases = cases;
        Diagnostics = diagnostics;
    }

    /// <summary>The test files read, in ordinal order of their paths.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The cases that read without errors, file by file, in the order written.</summary>
    public IReadOnlyList<RuleTestCase> Cases { get; }

    /// <summary>Every problem found in the test files, each with file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any test file has an error (its faulty cases are left out of <see cref="Cases"/>).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Loads every <c>*.tests.yaml</c> (or <c>*.tests.yml</c>) file in a folder and its subfolders, such as <c>rules</c>.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The cases and every problem found.</returns>
    public static RuleTestSuite Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var diagnostics = new Diagnostics();
        var files = YamlFolder.ListFiles(folder, diagnostics).Where(RuleTestFileReader.IsTestFile).ToList();
        return new RuleTestSuite(files, RuleTestFileReader.ReadFiles(files, diagnostics), diagnostics.ToList());
    }

    /// <summary>Loads test files by path, in the order given.</summary>
    /// <param name="files">The files' paths.</param>
    /// <returns>The cases and every problem found.</returns>
    public static RuleTestSuite LoadFiles(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        var diagnostics = new Diagnostics();
        return new RuleTestSuite(list, RuleTestFileReader.ReadFiles(list, diagnostics), diagnostics.ToList());
    }

    /// <summary>Runs every case against a rule set.</summary>
    /// <param name="ruleSet">The rule set the tested rules are in.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Each case's result, and the suite's own diagnostics.</returns>
    public RuleTestRun Run(RuleSet ruleSet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new RuleTestRun([.. Cases.Select(c => c.Run(ruleSet, cancellationToken))], Diagnostics);
    }
}

/// <summary>The outcome of running a <see cref="RuleTestSuite"/>.</summary>
/// <param name="Results">Each case's result, in the suite's order.</param>
/// <param name="Diagnostics">The problems found in the test files; their faulty cases were not run.</param>
public sealed record RuleTestRun(IReadOnlyList<RuleTestResult> Results, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether every case passed and no test file has an error.</summary>
    public bool Passed => Results.All(r => r.Passed) && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The cases that failed.</summary>
    public IReadOnlyList<RuleTestResult> Failures => [.. Results.Where(r => !r.Passed)];
}
