using System.Text;
using Governance.Model.Loading;
using Governance.Model.Tests.Loading;

namespace Governance.Model.Tests.Reading.Text;

/// <summary>Reading files: size bound, encodings, files that are missing or cannot be read.</summary>
public class SourceTextTests
{
    private string folder = null!;

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("governance-text-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void LoadFile_FiftyMegabyteFile_IsRefusedAsTooLargeWithoutBeingParsed()
    {
        var path = Path.Join(folder, "huge.yaml");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("- padding padding padding padding padding padding padding padding\n");
            var chunk = Enumerable.Repeat(line, 16 * 1024).SelectMany(b => b).ToArray();
            while (stream.Length < 50L * 1024 * 1024)
            {
                stream.Write(chunk);
            }
        }

        var result = AuthorityLoader.LoadFile(path);

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV102");
        diagnostic.Message.Should().Contain("too large").And.Contain("50 MB").And.Contain("10 MB");
        diagnostic.Location.Should().Be(new SourceLocation(path, 0, 0));
        result.Authorities.Should().BeEmpty();
    }

    [Test]
    public void LoadText_TextOverTheSizeBound_IsRefused()
    {
        var text = TestYaml.Header + "# " + new string('x', AuthorityLoader.MaxFileBytes) + "\n";

        TestYaml.Load(text).Only().Code.Should().Be("GOV102");
    }

    [Test]
    public void LoadFile_InvalidUtf8_ReportsTheByteAndItsLineAndColumn()
    {
        var path = Path.Join(folder, "latin1.yaml");
        var bytes = Encoding.UTF8.GetBytes(TestYaml.Header + "people:\n  - id: jdoe\n    name: Ren")
            .Append((byte)0xE9) // "é" in Latin-1: not UTF-8
            .Concat(Encoding.UTF8.GetBytes("e Dupont\n    type: officer\n"))
            .ToArray();
        File.WriteAllBytes(path, bytes);

        var diagnostic = AuthorityLoader.LoadFile(path).Only();

        diagnostic.Code.Should().Be("GOV103");
        diagnostic.Location.Should().Be(new SourceLocation(path, 7, 14));
        diagnostic.Message.Should().Contain("0xE9").And.Contain("UTF-8");
    }

    [Test]
    public void LoadFile_Utf8ByteOrderMark_IsAccepted()
    {
        var path = Path.Join(folder, "bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestYaml.Complete)]);

        var result = AuthorityLoader.LoadFile(path);

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Single().LocationOf(nameof(Authority.Code)).Should().Be(new SourceLocation(path, 1, 1));
    }

    [Test]
    public void LoadText_ByteOrderMarkCharacter_IsAccepted() =>
        TestYaml.Load("\uFEFF" + TestYaml.Header).Diagnostics.Should().BeEmpty();

    [Test]
    public void LoadFile_Utf16_IsRefusedWithAdviceToSaveAsUtf8()
    {
        var path = Path.Join(folder, "utf16.yaml");
        File.WriteAllText(path, TestYaml.Header, Encoding.Unicode);

        var diagnostic = AuthorityLoader.LoadFile(path).Only();

        diagnostic.Code.Should().Be("GOV103");
        diagnostic.Message.Should().Contain("UTF-16");
    }

    [Test]
    public void LoadFile_MissingFile_IsReported()
    {
        var path = Path.Join(folder, "absent.yaml");

        var diagnostic = AuthorityLoader.LoadFile(path).Only();

        diagnostic.Code.Should().Be("GOV100");
        diagnostic.Message.Should().Contain("does not exist");
        diagnostic.Location.Should().Be(new SourceLocation(path, 0, 0));
    }

    [Test]
    public void LoadFile_AFolder_IsReported()
    {
        var diagnostic = AuthorityLoader.LoadFile(folder).Only();

        diagnostic.Code.Should().Be("GOV100");
        diagnostic.Message.Should().Contain("is a folder");
    }

    [Test]
    public void LoadFile_PathThatIsNotValid_IsReportedAsUnreadable() =>
        AuthorityLoader.LoadFile("bad\0name.yaml").Only().Code.Should().Be("GOV100");

    [Test]
    [Platform("Linux")]
    public void LoadFile_FileWhoseReadFails_IsReportedAsUnreadable()
    {
        // Reading /proc/self/mem at offset 0 fails with an I/O error: a real file that cannot be read, even by root.
        var diagnostic = AuthorityLoader.LoadFile("/proc/self/mem").Only();

        diagnostic.Code.Should().Be("GOV100");
        diagnostic.Message.Should().Contain("cannot be read");
    }

    [Test]
    [Platform("Linux")]
    public void LoadFile_NamedPipeWithNoWriter_IsReportedInsteadOfWaitingForever()
    {
        var path = Path.Join(folder, "pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        var diagnostic = AuthorityLoader.LoadFile(path).Only();

        diagnostic.Code.Should().Be("GOV100");
        diagnostic.Message.Should().Contain("not an ordinary file");
    }

    [Test]
    [Platform("Linux")]
    public void LoadFile_NamedPipeWhoseWriterNeverWrites_IsRefusedInsteadOfWaitingForever()
    {
        var path = Path.Join(folder, "pipe.yaml");
        Shell($"mkfifo '{path}'");
        var writer = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Write));
        try
        {
            var loading = Task.Run(() => AuthorityLoader.LoadFile(path));

            loading.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue("a pipe that never ends must not stop the load");
            var diagnostic = loading.Result.Only();
            diagnostic.Code.Should().Be("GOV100");
            diagnostic.Message.Should().Contain("not an ordinary file");
        }
        finally
        {
            // The writer opens once the loader has opened the pipe; closing it ends any read still waiting.
            if (writer.Wait(TimeSpan.FromSeconds(20)))
            {
                writer.Result.Dispose();
            }
        }
    }

    [Test]
    [Platform("Linux")]
    public void LoadFolder_FileWhoseNameIsNotUtf8_IsReportedAsSuch()
    {
        // The name's bytes are "caf", 0xE9 (Latin-1 e-acute, not UTF-8), ".yaml": .NET cannot name such a file itself.
        Shell("printf 'x: 1\\n' > \"$(printf 'caf\\351.yaml')\"");

        try
        {
            var diagnostic = AuthorityLoader.LoadFolder(folder).Only();

            diagnostic.Code.Should().Be("GOV100");
            diagnostic.Message.Should().Contain("not valid UTF-8").And.NotContain("does not exist");
        }
        finally
        {
            Shell("rm -f ./*.yaml");
        }
    }

    private void Shell(string command)
    {
        using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", command]) { WorkingDirectory = folder })!;
        shell.WaitForExit();
        shell.ExitCode.Should().Be(0);
    }
}
