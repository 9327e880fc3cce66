using Governance.Model.Loading.Reading;
using Governance.Model.Register;
using Governance.Reading.Text;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading;

/// <summary>
/// Loads authority files (YAML, one authority per file) strictly into the domain model, keeping the file, line and
/// column of every element and member. Problems are returned as <see cref="Diagnostic"/>s with stable codes
/// (GOV1xx, see <c>docs/diagnostics.md</c>); a file with an error yields no authority, and the other files still load.
/// </summary>
/// <remarks>
/// Stateless and safe to call from several threads at once. Hostile input is bounded: files larger than
/// <see cref="MaxFileBytes"/> are refused before they are read, nesting deeper than <see cref="MaxDepth"/> is refused
/// while the YAML is read, and YAML anchors and aliases are refused outright.
/// </remarks>
public static class AuthorityLoader
{
    /// <summary>The largest authority file accepted, in bytes (10 MB). Larger files are refused without being read.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings accepted (the format itself needs five levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Loads one authority file.</summary>
    /// <param name="path">The file's path; diagnostics name the file as given here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static AuthorityLoadResult LoadFile(string path) => LoadFiles([path]);

    /// <summary>Loads authority-file text held in memory.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fileName">The name diagnostics and locations give the text, for example its original path.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AuthorityLoadResult LoadText(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var bag = new DiagnosticBag();
        var authority = SourceText.FromString(text, fileName, AuthorityFileKind.Text, bag) is { } content ? Parse(content, fileName, bag) : null;
        return new AuthorityLoadResult([fileName], authority is null ? [] : [authority], bag.ToList(fileName));
    }

    /// <summary>
    /// Loads authority-file text that may be a fragment (as a rule's test case is): like <see cref="LoadText"/>, but
    /// without requiring the sections every whole file must have.
    /// </summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fileName">The name diagnostics and locations give the text.</param>
    internal static AuthorityLoadResult LoadFragment(string text, string fileName)
    {
        var bag = new DiagnosticBag();
        var authority = SourceText.FromString(text, fileName, AuthorityFileKind.Text, bag) is { } content ? Parse(content, fileName, bag, wholeFile: false) : null;
        return new AuthorityLoadResult([fileName], authority is null ? [] : [authority], bag.ToList(fileName));
    }

    /// <summary>
    /// Loads an authority written inside a larger YAML file, as a rule's test file writes each case's authority: the
    /// mapping that starts at <paramref name="at"/>, laid over the mapping that starts at <paramref name="over"/> when
    /// one is given (each key the first writes replaces that key of the second whole). Places are in the larger file,
    /// and, as for a fragment, the sections every whole authority file must have are not required. The larger file's
    /// own shape is the caller's to check.
    /// </summary>
    /// <param name="text">The larger file's YAML text.</param>
    /// <param name="fileName">The name diagnostics and locations give the text.</param>
    /// <param name="at">Where the authority's mapping starts (its first key), as a YAML reader of the text reports it.</param>
    /// <param name="over">Where a mapping the authority is laid over starts, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No mapping of the text starts at <paramref name="at"/> or <paramref name="over"/>.</exception>
    public static AuthorityLoadResult LoadEmbedded(string text, string fileName, SourceLocation at, SourceLocation? over = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var bag = new DiagnosticBag();
        Authority? authority = null;
        if (SourceText.FromString(text, fileName, AuthorityFileKind.Text, bag) is { } content &&
            YamlTreeReader.Read(new SourceLines(fileName, content), AuthorityFileKind.Embedded, bag) is { Stopped: false, Documents: var documents })
        {
            var own = MappingAt(documents, at) ?? throw new ArgumentException($"No mapping of {fileName} starts at {at}.", nameof(at));
            var mapping = own;
            if (over is { } underneath)
            {
                var lower = MappingAt(documents, underneath) ?? throw new ArgumentException($"No mapping of {fileName} starts at {underneath}.", nameof(over));
                mapping = new YamlMapping(own.Location);
                mapping.Entries.AddRange(lower.Entries.Where(e => own.Find(e.Key.Value) is null));
                mapping.Entries.AddRange(own.Entries);
            }

            authority = AuthorityReader.Read(mapping, bag, AuthorityRegister.Default);
        }

        return new AuthorityLoadResult([fileName], authority is null ? [] : [authority], bag.ToList(fileName));
    }

    private static YamlMapping? MappingAt(IEnumerable<YamlDocument> documents, SourceLocation at)
    {
        foreach (var document in documents)
        {
            if (Find(document.Root) is { } found)
            {
                return found;
            }
        }

        return null;

        YamlMapping? Find(YamlNode node) => node switch
        {
            YamlMapping mapping when mapping.Location.Line == at.Line && mapping.Location.Column == at.Column => mapping,
            YamlMapping mapping => mapping.Entries.Select(e => Find(e.Value)).FirstOrDefault(m => m is not null),
            YamlSequence sequence => sequence.Items.Select(Find).FirstOrDefault(m => m is not null),
            _ => null,
        };
    }

    /// <summary>
    /// Loads a set of authority files, in the order given, and checks them against each other: two files describing
    /// the same authority code are an error (reported at the later file, whose authority is left out).
    /// </summary>
    /// <param name="paths">The files' paths.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of its items is <see langword="null"/>.</exception>
    public static AuthorityLoadResult LoadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.ToList();
        if (files.Any(f => f is null))
        {
            throw new ArgumentNullException(nameof(paths), "A path in the list is null.");
        }

        return LoadSet(files, []);
    }

    /// <summary>
    /// Loads every <c>*.yaml</c> and <c>*.yml</c> file in a folder and its subfolders, in ordinal order of their paths,
    /// and checks them against each other as <see cref="LoadFiles"/> does. Links to folders are not followed.
    /// </summary>
    /// <param name="folder">The folder's path; file paths in diagnostics start with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    public static AuthorityLoadResult LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var folderDiagnostics = new DiagnosticBag();
        var files = AuthorityFolder.FindFiles(folder, folderDiagnostics);
        return LoadSet(files, folderDiagnostics.ToList(folder));
    }

    /// <summary>
    /// Loads a mix of authority files and folders as one set, checked against each other as <see cref="LoadFiles"/>
    /// does: a folder stands for its <c>*.yaml</c> and <c>*.yml</c> files, found as <see cref="LoadFolder"/> finds
    /// them; the files are read in ordinal order of their paths, whatever order they were named in, so the same files
    /// always give the same result; a file named twice (directly or through a folder) is read once. A path that is
    /// not a folder is read as a file, so a missing path is reported as a missing file.
    /// </summary>
    /// <param name="paths">The files' and folders' paths; file paths in diagnostics start with them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of its items is <see langword="null"/>.</exception>
    public static AuthorityLoadResult LoadPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var named = paths.ToList();
        if (named.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(paths), "A path in the list is null.");
        }

        var folderDiagnostics = new List<Diagnostic>();
        var files = AuthorityFolder.ExpandPaths(named, folderDiagnostics);
        return LoadSet(files, folderDiagnostics);
    }

    /// <summary>Loads one authority file, or throws when it has errors.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="AuthorityLoadException">The file has errors; the exception carries every diagnostic.</exception>
    public static Authority LoadFileOrThrow(string path) => OrThrow(LoadFile(path))[0];

    /// <summary>Loads authority-file text held in memory, or throws when it has errors.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fileName">The name diagnostics and locations give the text.</param>
    /// <exception cref="AuthorityLoadException">The text has errors; the exception carries every diagnostic.</exception>
    public static Authority LoadTextOrThrow(string text, string fileName) => OrThrow(LoadText(text, fileName))[0];

    /// <summary>Loads a set of authority files, or throws when any has errors.</summary>
    /// <param name="paths">The files' paths.</param>
    /// <exception cref="AuthorityLoadException">A file has errors; the exception carries every diagnostic.</exception>
    public static IReadOnlyList<Authority> LoadFilesOrThrow(IEnumerable<string> paths) => OrThrow(LoadFiles(paths));

    /// <summary>Loads a mix of authority files and folders as one set, or throws when any has errors.</summary>
    /// <param name="paths">The files' and folders' paths.</param>
    /// <exception cref="AuthorityLoadException">A folder or a file has errors; the exception carries every diagnostic.</exception>
    public static IReadOnlyList<Authority> LoadPathsOrThrow(IEnumerable<string> paths) => OrThrow(LoadPaths(paths));

    /// <summary>Loads every authority file in a folder and its subfolders, or throws when any has errors.</summary>
    /// <param name="folder">The folder's path.</param>
    /// <exception cref="AuthorityLoadException">The folder or a file has errors; the exception carries every diagnostic.</exception>
    public static IReadOnlyList<Authority> LoadFolderOrThrow(string folder) => OrThrow(LoadFolder(folder));

    private static AuthorityLoadResult LoadSet(IReadOnlyList<string> files, IReadOnlyList<Diagnostic> before)
    {
        var authorities = new List<Authority>();
        var diagnostics = new List<Diagnostic>(before);
        var firstByCode = new Dictionary<string, Authority>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var bag = new DiagnosticBag();
            var authority = SourceText.ReadFile(file, AuthorityFileKind.Text, bag) is { } content ? Parse(content, file, bag) : null;
            if (authority is not null && firstByCode.TryGetValue(authority.Code, out var first))
            {
                bag.Error(
                    DiagnosticCodes.DuplicateAuthority,
                    $"{authority.Code} ({authority.Name}) is already described by {first.Location.File}. Each authority is described by one file only.",
                    authority.LocationOf(nameof(Authority.Code)));
                authority = null;
            }

            if (authority is not null)
            {
                firstByCode.Add(authority.Code, authority);
                authorities.Add(authority);
            }

            diagnostics.AddRange(bag.ToList(file));
        }

        return new AuthorityLoadResult(files, authorities, diagnostics);
    }

    private static Authority? Parse(string text, string file, DiagnosticBag bag, bool wholeFile = true) =>
        YamlTreeReader.Read(new SourceLines(file, text), AuthorityFileKind.Instance, bag) is { Stopped: false, Documents: [var document] }
            ? wholeFile
                ? AuthorityReader.ReadFile(document.Root, bag, AuthorityRegister.Default)
                : AuthorityReader.Read(document.Root, bag, AuthorityRegister.Default)
            : null;

    private static IReadOnlyList<Authority> OrThrow(AuthorityLoadResult result) =>
        result.HasErrors ? throw new AuthorityLoadException(result.Diagnostics) : result.Authorities;
}
