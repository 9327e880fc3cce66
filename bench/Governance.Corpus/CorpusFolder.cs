using Governance.Model;
using Governance.Model.Loading;

namespace Governance.Corpus;

/// <summary>
/// The corpus written to a temporary folder, <c>scale</c> copies of England, one sub-folder per copy so every copy's
/// files have distinct paths. Deleted on <see cref="Dispose"/>.
/// </summary>
internal sealed class CorpusFolder : IDisposable
{
    private CorpusFolder(string root, IReadOnlyList<IReadOnlyList<string>> copies)
    {
        Root = root;
        Copies = copies;
    }

    /// <summary>The temporary folder holding the copies.</summary>
    public string Root { get; }

    /// <summary>The file paths of each copy of England.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Copies { get; }

    /// <summary>Every file path, copy by copy.</summary>
    public IEnumerable<string> AllFiles => Copies.SelectMany(c => c);

    /// <summary>Writes <paramref name="scale"/> copies of England to a new temporary folder.</summary>
    public static CorpusFolder Write(int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var root = Path.Combine(Path.GetTempPath(), "governance-bench-" + Guid.NewGuid().ToString("N"));
        var copies = new List<IReadOnlyList<string>>();
        for (var copy = 0; copy < scale; copy++)
        {
            var folder = Path.Combine(root, $"england-{copy:D3}");
            Directory.CreateDirectory(folder);
            var paths = new List<string>();
            foreach (var (fileName, text) in EnglandCorpus.Files)
            {
                var path = Path.Combine(folder, fileName);
                File.WriteAllText(path, text);
                paths.Add(path);
            }

            copies.Add(paths);
        }

        return new CorpusFolder(root, copies);
    }

    /// <summary>
    /// Loads every file, one at a time (a copy's codes repeat another copy's, which a single set would reject as
    /// duplicates), and throws if any file has an error: a benchmark must never time the handling of bad input.
    /// </summary>
    public static IReadOnlyList<Authority> LoadOneByOne(IEnumerable<string> paths)
    {
        var authorities = new List<Authority>();
        foreach (var path in paths)
        {
            var result = AuthorityLoader.LoadFile(path);
            if (result.HasErrors)
            {
                throw new InvalidOperationException(
                    $"The generated file {path} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
            }

            authorities.AddRange(result.Authorities);
        }

        return authorities;
    }

    /// <summary>Loads each copy of England as one set of files.</summary>
    public IReadOnlyList<IReadOnlyList<Authority>> LoadCopies() => [.. Copies.Select(LoadOneByOne)];

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
