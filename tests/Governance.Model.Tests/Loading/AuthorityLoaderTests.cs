using Governance.Model.Loading;

namespace Governance.Model.Tests.Loading;

/// <summary>Loading folders and sets of files, cross-file checks, and the throwing variants.</summary>
public class AuthorityLoaderTests
{
    private const string NottinghamCity = """
        code: E06000018
        name: Nottingham City Council
        kind: unitary
        recordedAsAt: 2010-04-01

        """ + TestYaml.RequiredSections;

    private string folder = null!;

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("governance-loader-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void LoadFolder_ReadsYamlAndYmlRecursivelyInOrdinalPathOrder()
    {
        Write("b.yaml", NottinghamCity);
        Write("a/notts.yml", TestYaml.Complete);
        Write("B-upper.YAML", TestYaml.Complete.Replace("E10000024", "E10000018", StringComparison.Ordinal)
            .Replace("Nottinghamshire County Council", "Leicestershire County Council", StringComparison.Ordinal));
        Write("notes.txt", "not an authority");

        var result = AuthorityLoader.LoadFolder(folder);

        result.Diagnostics.Should().BeEmpty();
        result.Files.Should().Equal(Path.Join(folder, "B-upper.YAML"), Path.Join(folder, "a", "notts.yml"), Path.Join(folder, "b.yaml"));
        result.Authorities.Select(a => a.Code).Should().Equal("E10000018", "E10000024", "E06000018");
        result.Authorities[2].Location.File.Should().Be(Path.Join(folder, "b.yaml"));
    }

    [Test]
    public void LoadFolder_AFileWithErrors_LeavesOutOnlyThatFile()
    {
        Write("1-broken.yaml", "code: [\n");
        Write("2-city.yaml", NottinghamCity);
        Write("3-notts.yaml", TestYaml.Complete + "colour: blue\n");

        var result = AuthorityLoader.LoadFolder(folder);

        result.Authorities.Select(a => a.Code).Should().Equal("E06000018");
        result.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Location.File))).Should().Equal(
            ("GOV104", "1-broken.yaml"), ("GOV120", "3-notts.yaml"));
        result.HasErrors.Should().BeTrue();
    }

    [Test]
    public void LoadFolder_SameAuthorityInTwoFiles_IsAnErrorAtTheLaterFile()
    {
        Write("notts-2010.yaml", TestYaml.Complete);
        Write("notts-copy.yaml", TestYaml.Complete);

        var result = AuthorityLoader.LoadFolder(folder);

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV150");
        diagnostic.Location.Should().Be(new SourceLocation(Path.Join(folder, "notts-copy.yaml"), 1, 1));
        diagnostic.Message.Should().Contain("E10000024").And.Contain(Path.Join(folder, "notts-2010.yaml"));
        result.Authorities.Should().ContainSingle().Which.Location.File.Should().Be(Path.Join(folder, "notts-2010.yaml"));
    }

    [Test]
    public void LoadFiles_SameAuthorityTwice_IsAnError()
    {
        var path = Write("notts.yaml", TestYaml.Complete);

        var result = AuthorityLoader.LoadFiles([path, path]);

        result.Only().Code.Should().Be("GOV150");
    }

    [Test]
    public void LoadFolder_MissingFolder_IsReported()
    {
        var missing = Path.Join(folder, "absent");

        var result = AuthorityLoader.LoadFolder(missing);

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV101");
        diagnostic.Message.Should().Contain("does not exist");
        diagnostic.Location.Should().Be(new SourceLocation(missing, 0, 0));
        result.Files.Should().BeEmpty();
    }

    [Test]
    public void LoadFolder_AFileInsteadOfAFolder_IsReported() =>
        AuthorityLoader.LoadFolder(Write("x.yaml", TestYaml.Complete)).Only().Message.Should().Contain("is a file, not a folder");

    [Test]
    public void LoadFolder_EmptyFolder_LoadsNothingWithoutDiagnostics()
    {
        var result = AuthorityLoader.LoadFolder(folder);

        result.Authorities.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void LoadFolder_LinkToAnAncestorFolder_IsNotFollowed()
    {
        Write("sub/notts.yaml", TestYaml.Complete);
        Directory.CreateSymbolicLink(Path.Join(folder, "sub", "loop"), folder);

        var result = AuthorityLoader.LoadFolder(folder);

        result.Files.Should().Equal(Path.Join(folder, "sub", "notts.yaml"));
    }

    [Test]
    public void LoadFolderOrThrow_WithErrors_ThrowsWithEveryDiagnostic()
    {
        Write("a.yaml", "code: [\n");
        Write("b.yaml", TestYaml.Complete.Replace("Nottinghamshire County Council", "Notts", StringComparison.Ordinal) + "colour: blue\n");

        var thrown = FluentActions.Invoking(() => AuthorityLoader.LoadFolderOrThrow(folder)).Should().Throw<AuthorityLoadException>().Which;

        thrown.Diagnostics.Select(d => d.Code).Should().Equal("GOV104", "GOV143", "GOV120");
        thrown.Message.Should().StartWith("Authority files could not be loaded: 2 error(s).").And.Contain("a.yaml:2:1: error GOV104");
    }

    [Test]
    public void LoadFileOrThrow_WithOnlyAWarning_ReturnsTheAuthority() =>
        AuthorityLoader.LoadFileOrThrow(Write("n.yaml", TestYaml.Complete.Replace("Nottinghamshire County Council", "Notts", StringComparison.Ordinal)))
            .Code.Should().Be("E10000024");

    [Test]
    public void LoadTextOrThrow_WithAnError_Throws() =>
        FluentActions.Invoking(() => AuthorityLoader.LoadTextOrThrow("code: [", "inline.yaml"))
            .Should().Throw<AuthorityLoadException>().Which.Diagnostics.Should().ContainSingle(d => d.Location.File == "inline.yaml");

    [Test]
    public void LoadFilesOrThrow_Valid_ReturnsTheAuthoritiesInOrder() =>
        AuthorityLoader.LoadFilesOrThrow([Write("z.yaml", NottinghamCity), Write("a.yaml", TestYaml.Complete)])
            .Select(a => a.Code).Should().Equal("E06000018", "E10000024");

    [Test]
    public void LoadPaths_FilesAndFolders_AreReadInOrdinalOrderOfTheirPathsWhateverTheOrderNamed()
    {
        var single = Write("single/notts.yaml", TestYaml.Complete);
        Write("set/z.yml", NottinghamCity.Replace("E06000018", "E06000015", StringComparison.Ordinal).Replace("Nottingham City", "Derby City", StringComparison.Ordinal));
        Write("set/a.yaml", NottinghamCity);
        Write("set/notes.txt", "not an authority file");

        var forwards = AuthorityLoader.LoadPaths([single, Path.Join(folder, "set")]);
        var backwards = AuthorityLoader.LoadPaths([Path.Join(folder, "set"), single]);

        forwards.Diagnostics.Should().BeEmpty();
        forwards.Files.Should().Equal(Path.Join(folder, "set", "a.yaml"), Path.Join(folder, "set", "z.yml"), single);
        forwards.Authorities.Select(a => a.Code).Should().Equal("E06000018", "E06000015", "E10000024");
        backwards.Files.Should().Equal(forwards.Files);
    }

    [Test]
    public void LoadPaths_AFileNamedTwice_IsReadOnce()
    {
        var path = Write("notts.yaml", TestYaml.Complete);
        var samePathWrittenDifferently = Path.Join(folder, ".", "notts.yaml");

        var result = AuthorityLoader.LoadPaths([path, folder, samePathWrittenDifferently]);

        result.Diagnostics.Should().BeEmpty();
        result.Files.Should().ContainSingle().Which.Should().BeOneOf(path, samePathWrittenDifferently);
        result.Authorities.Should().ContainSingle();
    }

    [Test]
    public void LoadPaths_SameAuthorityInAFileAndInAFolder_IsAnErrorAtTheFileThatSortsLater()
    {
        var named = Write("notts.yaml", TestYaml.Complete);
        var inFolder = Write("more/notts-copy.yaml", TestYaml.Complete);

        var result = AuthorityLoader.LoadPaths([named, Path.Join(folder, "more")]);

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV150");
        diagnostic.Location.File.Should().Be(named, "'more/notts-copy.yaml' sorts before 'notts.yaml'");
        result.Authorities.Should().ContainSingle().Which.Location.File.Should().Be(inFolder);
    }

    [Test]
    public void LoadPaths_MissingPath_IsReportedAsAMissingFile()
    {
        var missing = Path.Join(folder, "absent.yaml");

        var result = AuthorityLoader.LoadPaths([missing]);

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV100");
        diagnostic.Message.Should().Contain("does not exist");
        diagnostic.Location.Should().Be(new SourceLocation(missing, 0, 0));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void LoadPaths_FolderLinkingToAnAncestor_IsNotFollowed()
    {
        Write("sub/notts.yaml", TestYaml.Complete);
        Directory.CreateSymbolicLink(Path.Join(folder, "sub", "loop"), folder);

        AuthorityLoader.LoadPaths([folder]).Files.Should().Equal(Path.Join(folder, "sub", "notts.yaml"));
    }

    [Test]
    public void LoadPathsOrThrow_Valid_ReturnsTheAuthorities() =>
        AuthorityLoader.LoadPathsOrThrow([Write("z.yaml", NottinghamCity), Write("sub/a.yaml", TestYaml.Complete), folder])
            .Select(a => a.Code).Should().Equal("E10000024", "E06000018");

    [Test]
    public void LoadPathsOrThrow_WithErrors_ThrowsWithEveryDiagnostic()
    {
        Write("broken.yaml", TestYaml.Complete + "colour: blue\n");

        FluentActions.Invoking(() => AuthorityLoader.LoadPathsOrThrow([folder, Path.Join(folder, "absent.yaml")]))
            .Should().Throw<AuthorityLoadException>().Which.Diagnostics.Select(d => d.Code).Should().Equal("GOV100", "GOV120");
    }

    [Test]
    public void LoadPaths_NullArguments_AreMisuse()
    {
        FluentActions.Invoking(() => AuthorityLoader.LoadPaths(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AuthorityLoader.LoadPaths([folder, null!])).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void LoadText_NullArguments_AreMisuse()
    {
        FluentActions.Invoking(() => AuthorityLoader.LoadText(null!, "x.yaml")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AuthorityLoader.LoadText("", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AuthorityLoader.LoadFiles(["a.yaml", null!])).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Diagnostic_FormatsAsFileLineColumn() =>
        TestYaml.LoadWithHeader("colour: blue\n").Only().ToString().Should().StartWith("test.yaml:5:1: error GOV120: ");

    private string Write(string relative, string text)
    {
        var path = Path.Join(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
