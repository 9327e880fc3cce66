namespace Governance.Cli.Tests.Support;

/// <summary>A folder of its own under the system's temporary folder, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "governance-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a file into the folder and returns the copy's full path.</summary>
    public string Copy(string source, string relativePath) => Write(relativePath, File.ReadAllText(source));

    /// <summary>Copies the repository's rules folder, catalogue and test cases included, to <c>rules</c> here and returns its full path.</summary>
    public string CopyOfRepositoryRules()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            Copy(file, System.IO.Path.Combine("rules", System.IO.Path.GetRelativePath(RepositoryPaths.Rules, file)));
        }

        return System.IO.Path.Combine(Path, "rules");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow system: the temporary folder is cleaned by the system later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
