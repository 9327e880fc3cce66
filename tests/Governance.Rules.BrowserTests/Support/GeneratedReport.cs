using Governance.Corpus;
using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Reports;

namespace Governance.Rules.BrowserTests.Support;

/// <summary>
/// An HTML report written to a file by the real writer, with what it was made from: the rule set, the authorities and
/// the evaluation. Tests compare what the browser shows with these inputs, never with numbers written into the test.
/// </summary>
internal sealed class GeneratedReport
{
    private static readonly Lazy<RuleSet> Rules = new(ShippedRules.Load);

    private GeneratedReport(string path, RuleSet ruleSet, IReadOnlyList<Authority> authorities, EvaluationResult result)
    {
        Path = path;
        RuleSet = ruleSet;
        Authorities = authorities;
        Result = result;
    }

    /// <summary>Where the report is written, in this run's artifacts folder.</summary>
    public string Path { get; }

    /// <summary>The address a browser opens it at.</summary>
    public string Url => new Uri(Path).AbsoluteUri;

    /// <summary>The shipped rule set the authorities were judged by.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The authorities.</summary>
    public IReadOnlyList<Authority> Authorities { get; }

    /// <summary>The evaluation.</summary>
    public EvaluationResult Result { get; }

    /// <summary>The folder this run's reports and screenshots go to (kept after the run, as test artifacts).</summary>
    public static string ArtifactsFolder
    {
        get
        {
            var folder = System.IO.Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-report");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>The report of the England corpus: every children's services authority, with seeded faults and departures.</summary>
    public static GeneratedReport England()
    {
        using var corpus = CorpusFolder.Write(1);
        return Make("england.html", CorpusFolder.LoadOneByOne(corpus.Copies[0]));
    }

    /// <summary>The report of the sample authorities in <c>samples/authorities</c>.</summary>
    public static GeneratedReport Samples() =>
        Make("samples.html", AuthorityLoader.LoadPathsOrThrow([System.IO.Path.Combine(ShippedRules.RepositoryRoot, "samples", "authorities")]));

    /// <summary>The report of authority files whose names, people and file names are written to attack the page.</summary>
    /// <param name="name">The report's file name.</param>
    /// <param name="files">File name and text of each authority file.</param>
    public static GeneratedReport Of(string name, IEnumerable<(string FileName, string Text)> files)
    {
        var folder = System.IO.Path.Combine(ArtifactsFolder, System.IO.Path.GetFileNameWithoutExtension(name));
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (fileName, text) in files)
        {
            var path = System.IO.Path.Combine(folder, fileName);
            File.WriteAllText(path, text);
            paths.Add(path);
        }

        var loaded = AuthorityLoader.LoadFiles(paths);
        loaded.HasErrors.Should().BeFalse(string.Join(Environment.NewLine, loaded.Diagnostics));
        return Make(name, loaded.Authorities);
    }

    private static GeneratedReport Make(string fileName, IReadOnlyList<Authority> authorities)
    {
        var ruleSet = Rules.Value;
        var result = ruleSet.Evaluate(authorities);
        var path = System.IO.Path.Combine(ArtifactsFolder, fileName);
        using (var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            HtmlReport.Write(result, ruleSet.Rules, authorities, output);
        }

        return new GeneratedReport(path, ruleSet, authorities, result);
    }
}
