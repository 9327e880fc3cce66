using System.Diagnostics.CodeAnalysis;
using Governance.Model;
using Governance.Rules.CSharpRules;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using Governance.Rules.Evaluation;
using Governance.Rules.Guidance;
using Governance.Rules.Loading;

namespace Governance.Rules;

/// <summary>
/// A loaded and compiled set of rules, with the guidance documents they cite. Compile once, evaluate many times: a
/// rule set is immutable and safe to share between threads; each evaluation is independent.
/// </summary>
public sealed class RuleSet
{
    internal RuleSet(IReadOnlyList<RuleInfo> rules, IReadOnlyList<GuidanceDocument> documents, CompiledRules compiled, string version, Sources sources)
    {
        Rules = rules;
        Documents = documents;
        Compiled = compiled;
        Version = version;
        From = sources;
    }

    /// <summary>
    /// The version of the rule set: "sha256:" and 16 hex digits of a hash of its files' content and their paths inside
    /// the rule set, rules and guidance catalogue alike. The same rules give the same version wherever they are loaded
    /// from (another folder, this package, memory), so two equal versions judge alike.
    /// </summary>
    public string Version { get; }

    /// <summary>The rules, ordered by id.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The guidance documents in the catalogue the rules cite.</summary>
    public IReadOnlyList<GuidanceDocument> Documents { get; }

    /// <summary>The built-in checks of recorded departures (comply or explain, para 1.12), which every evaluation runs.</summary>
    public static IReadOnlyList<RuleInfo> DepartureChecks => DepartureReview.Checks;

    internal CompiledRules Compiled { get; }

    /// <summary>The kinds of fact the rule set's rules derive, each once, in the order of the rules that derive them.</summary>
    internal IReadOnlyList<DerivedFactSchema> DerivedKinds =>
        [.. From.Rules.Select(r => r.Definition.Action).OfType<DeriveAction>().Select(a => a.Type.Derived!).DistinctBy(k => k.Kind, StringComparer.Ordinal)];

    /// <summary>What the rule set was compiled from, so rules written in C# can be added to it.</summary>
    internal Sources From { get; }

    private static Lazy<RuleSet> Shipped { get; } = new(() => RuleSetCompiler.LoadShipped().OrThrow(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The rule set shipped with this library (the checkable paragraphs of the 2009 statutory guidance, with its
    /// catalogue), embedded in the assembly. It is compiled on the first call and the same immutable instance is
    /// returned after that; it is safe to share between threads.
    /// </summary>
    /// <returns>The shipped rule set.</returns>
    /// <exception cref="RuleSetLoadException">The shipped rule set does not load: the package is broken (never the case
    /// for a package built by this repository, whose tests load it).</exception>
    public static RuleSet LoadShipped() => Shipped.Value;

    /// <summary>
    /// The files of the shipped rule set, to load with rules of your own through <see cref="Load(IEnumerable{RuleSetFile})"/>.
    /// </summary>
    /// <returns>The files, in ordinal order of their paths inside the rule set.</returns>
    public static IReadOnlyList<RuleSetFile> ShippedFiles()
    {
        var diagnostics = new Diagnostics();
        var sources = RuleSetSources.Shipped(diagnostics);
        return diagnostics.ErrorCount > 0
            ? throw new RuleSetLoadException(diagnostics.ToList())
            : [.. sources.Select(s => RuleSetFile.FromText(s.RelativePath, s.Text!))];
    }

    /// <summary>
    /// Loads and compiles the rule set in a folder: every <c>*.yaml</c>/<c>*.yml</c> rule file below it (but the rule test
    /// files, <c>*.tests.yaml</c>: see <see cref="Testing.RuleTestSuite"/>), with the guidance
    /// catalogue in its <c>guidance</c> subfolder. Every problem in every file is reported, each with file, line and
    /// column; the rule set is returned only when there are no errors.
    /// </summary>
    /// <param name="folder">The rules folder, for example <c>rules</c>.</param>
    /// <returns>The rule set, unless there were errors, and every diagnostic.</returns>
    public static RuleSetLoadResult Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return RuleSetCompiler.Load(folder);
    }

    /// <summary>
    /// Loads and compiles a rule set given as files in memory (<see cref="RuleSetFile.FromText"/>,
    /// <see cref="RuleSetFile.FromStream"/>): files under <c>guidance/</c> are the guidance catalogue, the others are
    /// rule files. Problems are reported as <see cref="Load(string)"/> reports them, each file named by its path.
    /// </summary>
    /// <param name="files">The files, each with its own path inside the rule set.</param>
    /// <returns>The rule set, unless there were errors, and every diagnostic.</returns>
    /// <exception cref="ArgumentException">Two files have the same path.</exception>
    public static RuleSetLoadResult Load(IEnumerable<RuleSetFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return RuleSetCompiler.Load(files);
    }

    /// <summary>
    /// Loads and compiles several rule folders as one rule set, with the shipped rule set when asked, for example the
    /// shipped rules and a folder of local rules added to them: the guidance catalogues of all of them together (a
    /// document catalogued twice is an error), and every rule file of every folder. Rule ids must be unique across them.
    /// </summary>
    /// <param name="folders">The folders, in the order their rules load.</param>
    /// <param name="withShippedRules">Whether the shipped rule set (<see cref="LoadShipped"/>) comes first.</param>
    /// <returns>The rule set, unless there were errors, and every diagnostic.</returns>
    /// <exception cref="ArgumentException">No folder was given, and not the shipped rules either.</exception>
    public static RuleSetLoadResult LoadFolders(IReadOnlyList<string> folders, bool withShippedRules = false)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0 && !withShippedRules)
        {
            throw new ArgumentException("Name at least one rule folder, or take the shipped rules.", nameof(folders));
        }

        return RuleSetCompiler.LoadFolders(folders, withShippedRules);
    }

    /// <summary>Loads and compiles the rule set in a folder, as <see cref="Load(string)"/> does, throwing when there are errors.</summary>
    /// <param name="folder">The rules folder, for example <c>rules</c>.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetLoadException">A rule or catalogue file has an error; the exception carries every diagnostic.</exception>
    public static RuleSet LoadOrThrow(string folder) => Load(folder).OrThrow();

    /// <summary>Loads and compiles a rule set given as files in memory, as <see cref="Load(IEnumerable{RuleSetFile})"/> does, throwing when there are errors.</summary>
    /// <param name="files">The files, each with its own path inside the rule set.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetLoadException">A rule or catalogue file has an error; the exception carries every diagnostic.</exception>
    public static RuleSet LoadOrThrow(IEnumerable<RuleSetFile> files) => Load(files).OrThrow();

    /// <summary>
    /// Evaluates the rules against authorities, together, so that rules can join across them (a joint appointment
    /// recorded by both authorities). Findings and rule errors come back as data.
    /// </summary>
    /// <param name="authorities">The authorities to judge.</param>
    /// <param name="options">The as-at date and other options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The findings, the rule errors and what they were judged against.</returns>
    /// <exception cref="ArgumentException">No as-at date was given and there are no authorities to take it from.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    public EvaluationResult Evaluate(IEnumerable<Authority> authorities, EvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        Evaluator.Evaluate(this, authorities, options ?? new EvaluationOptions(), cancellationToken);

    /// <summary>
    /// Explains why one rule did or did not fire for one authority: evaluates the authority (as <see cref="Evaluate"/>
    /// does, with a trace) and returns the rule and what it cites, the date judged and whether the rule was in force
    /// on it, its findings with any departure, and each of its conditions with what it was evaluated against.
    /// </summary>
    /// <param name="authority">The authority.</param>
    /// <param name="ruleId">The rule's id: one of <see cref="Rules"/>.</param>
    /// <param name="options">The as-at date and other options (their <see cref="EvaluationOptions.Trace"/> is not used); defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">No rule of the rule set has the id.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    public Explanation Explain(Authority authority, string ruleId, EvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        RuleExplainer.Explain(this, authority, ruleId, options ?? new EvaluationOptions(), cancellationToken);

    /// <summary>
    /// This rule set with rules written in C# with NRules.Fluent added: each class carries a
    /// <see cref="GuidanceRuleAttribute"/> (its id, title, citation, obligation and remedy), its citation is checked
    /// against the guidance catalogue as a YAML rule's is, and it runs in the same sessions as the rules about one
    /// authority, reporting findings with <see cref="RuleContextExtensions.ReportFinding"/>. This rule set is unchanged.
    /// </summary>
    /// <param name="rules">The rules, as instances of classes deriving from <c>NRules.Fluent.Dsl.Rule</c>.</param>
    /// <returns>The new rule set, unless a rule's description does not fit, and every diagnostic.</returns>
    public RuleSetLoadResult WithRules(IEnumerable<NRules.Fluent.Dsl.Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RuleSetCompiler.WithCSharpRules(this, rules);
    }

    /// <summary>What the rule set was compiled from, so rules written in C# can be added to it.</summary>
    internal sealed record Sources(IReadOnlyList<(RuleDefinition Definition, RuleInfo Info)> Rules, GuidanceCatalogue Catalogue, IReadOnlyList<CSharpRule> CSharpRules);
}

/// <summary>The outcome of loading a rule set: the rule set, unless there were errors, and every diagnostic.</summary>
/// <param name="RuleSet">The rule set; <see langword="null"/> when any file had an error.</param>
/// <param name="Diagnostics">Every problem found in the rule and catalogue files, each with file, line and column.</param>
public sealed record RuleSetLoadResult(RuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the rule set loaded (warnings allowed); when it did, <see cref="RuleSet"/> is not null.</summary>
    [MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;

    /// <summary>The rule set, or an exception carrying every diagnostic when it did not load.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetLoadException">A rule or catalogue file has an error.</exception>
    internal RuleSet OrThrow() => Succeeded ? RuleSet : throw new RuleSetLoadException(Diagnostics);
}

/// <summary>Thrown by <c>RuleSet.LoadOrThrow</c> when the rule set has errors; carries every diagnostic.</summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Makes the exception from the diagnostics of a failed load.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public RuleSetLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Makes the exception with a message.</summary>
    public RuleSetLoadException()
        : this([])
    {
    }

    /// <summary>Makes the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RuleSetLoadException(string message)
        : base(message) => Diagnostics = [];

    /// <summary>Makes the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = [];

    /// <summary>Every problem found, each with file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var lines = errors.Take(10).Select(d => d.ToString());
        var more = errors.Count > 10 ? $"{Environment.NewLine}... and {errors.Count - 10} more" : string.Empty;
        return $"The rule set has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
