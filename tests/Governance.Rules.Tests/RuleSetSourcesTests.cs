using System.Text;
using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests;

/// <summary>
/// Where a rule set comes from: the shipped one inside the library, a folder anywhere, or files in memory (text or
/// streams); and its version, which depends on the rule set's content and the paths inside it, nothing else.
/// </summary>
public class RuleSetSourcesTests
{
    private static readonly Lazy<RuleSet> FromRepository = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    [Test]
    public void LoadShipped_gives_the_repository_s_rule_set_with_the_same_version_rules_and_catalogue()
    {
        var shipped = RuleSet.LoadShipped();

        shipped.Version.Should().Be(FromRepository.Value.Version);
        shipped.Rules.Select(r => r.Id).Should().Equal(FromRepository.Value.Rules.Select(r => r.Id));
        shipped.Documents.Should().BeEquivalentTo(FromRepository.Value.Documents, o => o.Excluding(m => m.Name == nameof(GuidanceItem.Location)));
        shipped.Documents.SelectMany(d => d.Items).Select(i => i.Location).Should().Equal(
            FromRepository.Value.Documents.SelectMany(d => d.Items).Select(i => i.Location with { File = "rules/" + Path.GetRelativePath(RepositoryFiles.Rules, i.Location.File).Replace('\\', '/') }),
            "an item of the shipped catalogue is located where it lives in the repository");
    }

    [Test]
    public void LoadShipped_compiles_once_and_returns_the_same_rule_set()
    {
        RuleSet.LoadShipped().Should().BeSameAs(RuleSet.LoadShipped());
    }

    [Test]
    public void The_shipped_rules_are_located_where_they_live_in_the_repository()
    {
        var rule = RuleSet.LoadShipped().Rules.Single(r => r.Id == "dcs-dass-combined");

        rule.Location.Should().Be(new SourceLocation("rules/dcs/dcs-dass-combined.yaml", 2, 1));
        File.Exists(Path.Combine(RepositoryFiles.Root, "rules", "dcs", "dcs-dass-combined.yaml")).Should().BeTrue();
    }

    [Test]
    public void The_shipped_rule_set_judges_the_samples_as_the_repository_s_rules_folder_does()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities"));

        var shipped = RuleSet.LoadShipped().Evaluate(authorities);
        var fromFolder = FromRepository.Value.Evaluate(authorities);

        shipped.Findings.Select(f => f.ToString()).Should().Equal(fromFolder.Findings.Select(f => f.ToString())).And.NotBeEmpty();
        shipped.RuleSetVersion.Should().Be(fromFolder.RuleSetVersion);
    }

    [Test]
    public void The_same_rules_in_another_folder_have_the_same_version()
    {
        using var copy = new TempRules();
        var elsewhere = Path.Combine(copy.Path, "deeper", "my-rules");
        CopyFolder(RepositoryFiles.Rules, elsewhere);

        RuleSet.LoadOrThrow(elsewhere).Version.Should().Be(FromRepository.Value.Version);
    }

    [Test]
    public void The_same_rules_given_as_text_have_the_same_version_as_in_a_folder()
    {
        var files = FolderAsFiles(RepositoryFiles.Rules, (path, text) => RuleSetFile.FromText(path, text));

        var result = RuleSet.Load(files);

        result.Diagnostics.Should().BeEmpty();
        // After a successful load the compiler knows that RuleSet is not null: no '!'.
        var ruleSet = result.Succeeded ? result.RuleSet : throw new AssertionException("The rule set did not load.");
        ruleSet.Version.Should().Be(FromRepository.Value.Version);
        ruleSet.Rules.Select(r => r.Id).Should().Equal(FromRepository.Value.Rules.Select(r => r.Id));
    }

    [Test]
    public void The_same_rules_given_as_streams_have_the_same_version_as_in_a_folder()
    {
        var files = FolderAsFiles(RepositoryFiles.Rules, (path, text) => RuleSetFile.FromStream(path, new MemoryStream(Encoding.UTF8.GetBytes(text))));

        RuleSet.LoadOrThrow(files).Version.Should().Be(FromRepository.Value.Version);
    }

    [Test]
    public void Windows_line_endings_do_not_change_the_version()
    {
        var files = FolderAsFiles(RepositoryFiles.Rules, (path, text) => RuleSetFile.FromText(path, text.Replace("\n", "\r\n", StringComparison.Ordinal)));

        RuleSet.LoadOrThrow(files).Version.Should().Be(FromRepository.Value.Version);
    }

    [Test]
    public void A_changed_rule_or_a_renamed_file_or_a_changed_catalogue_changes_the_version()
    {
        var original = FolderAsFiles(RepositoryFiles.Rules, (path, text) => (Path: path, Text: text));

        var changedRule = original.Select(f => f.Path == "dcs/dcs-dass-combined.yaml" ? f with { Text = f.Text + "\n# a comment\n" } : f);
        var renamed = original.Select(f => f.Path == "dcs/dcs-dass-combined.yaml" ? f with { Path = "dcs/combined.yaml" } : f);
        var changedCatalogue = original.Select(f => f.Path.StartsWith("guidance/", StringComparison.Ordinal) ? f with { Text = f.Text + "\n# a comment\n" } : f);

        var versions = new[] { original, changedRule, renamed, changedCatalogue }
            .Select(files => RuleSet.LoadOrThrow(files.Select(f => RuleSetFile.FromText(f.Path, f.Text))).Version)
            .ToList();

        versions.Should().OnlyHaveUniqueItems();
        versions[0].Should().Be(FromRepository.Value.Version);
    }

    [Test]
    public void The_shipped_files_load_together_with_a_rule_of_your_own()
    {
        const string Own = """
            id: dcs-post-vacant
            title: A vacant DCS post is worth a note
            cites: { document: DCSF-00686-2009, paragraphs: ["3.1"], quote: strategic leadership of high quality services }
            obligation: advisory
            when:
              - dcs: Post where role == DirectorOfChildrensServices and isVacant
            then:
              finding: "{dcs.authority.name}: the DCS post is vacant."
            """;

        var result = RuleSet.Load([.. RuleSet.ShippedFiles(), RuleSetFile.FromText("local/dcs-post-vacant.yaml", Own)]);

        result.Diagnostics.Should().BeEmpty();
        // After a successful load the compiler knows that RuleSet is not null: no '!'.
        var ruleSet = result.Succeeded ? result.RuleSet : throw new AssertionException("The rule set did not load.");
        ruleSet.Rules.Select(r => r.Id).Should().Contain("dcs-post-vacant").And.HaveCount(RuleSet.LoadShipped().Rules.Count + 1);
        ruleSet.Rules.Single(r => r.Id == "dcs-post-vacant").Location.File.Should().Be("local/dcs-post-vacant.yaml");
    }

    [Test]
    public void A_rule_given_in_memory_with_a_mistake_is_reported_at_its_path_line_and_column()
    {
        var files = RuleSet.ShippedFiles()
            .Select(f => f.Path == "dcs/dcs-dass-combined.yaml" ? RuleSetFile.FromText(f.Path, ShippedText(f.Path).Replace("holder == dcs.holder", "holdr == dcs.holder", StringComparison.Ordinal)) : f);

        var result = RuleSet.Load(files);

        result.Succeeded.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Location.File.Should().Be("dcs/dcs-dass-combined.yaml");
        diagnostic.Location.Line.Should().Be(13);
    }

    [Test]
    public void A_stream_that_is_not_UTF_8_is_a_located_error_not_an_exception()
    {
        var result = RuleSet.Load([RuleSetFile.FromStream("dcs/broken.yaml", new MemoryStream([(byte)'i', (byte)'d', (byte)':', 0xFF, (byte)'\n']))]);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == "GOV402").Which.Location.File.Should().Be("dcs/broken.yaml");
    }

    [Test]
    public void A_stream_larger_than_a_rule_file_may_be_is_read_no_further_and_reported()
    {
        var stream = new CountingStream(long.MaxValue);

        var result = RuleSet.Load([RuleSetFile.FromStream("huge.yaml", stream)]);

        stream.BytesRead.Should().BeLessThanOrEqualTo((1024 * 1024) + 81920, "the stream is read to one byte past the limit, not to its end");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "GOV401").Which.Location.File.Should().Be("huge.yaml");
    }

    [TestCase("")]
    [TestCase("/etc/rules.yaml")]
    [TestCase("../rules.yaml")]
    [TestCase("dcs/./x.yaml")]
    [TestCase("dcs//x.yaml")]
    public void A_path_that_is_not_inside_the_rule_set_is_refused(string path)
    {
        var act = () => RuleSetFile.FromText(path, "id: x");

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Two_files_with_the_same_path_are_refused()
    {
        var act = () => RuleSet.Load([RuleSetFile.FromText("a.yaml", "id: x"), RuleSetFile.FromText("a.yaml", "id: y")]);

        act.Should().Throw<ArgumentException>().WithMessage("*'a.yaml'*");
    }

    [Test]
    public void Backslashes_in_a_path_are_folder_separators()
    {
        RuleSetFile.FromText(@"dcs\dcs-appointed.yaml", "id: x").Path.Should().Be("dcs/dcs-appointed.yaml");
    }

    private static string ShippedText(string path) =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "rules", path));

    private static List<T> FolderAsFiles<T>(string folder, Func<string, string, T> make) =>
        [.. Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => make(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class TempRules : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("governance-rules-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>A stream of 'a's that counts how much was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
