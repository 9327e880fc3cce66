namespace Governance.Model;

/// <summary>A place in a source file: the file's path as it was given, and a 1-based line and column.</summary>
/// <param name="File">The path of the file, as the caller named it.</param>
/// <param name="Line">The 1-based line; 0 when the place is the file as a whole.</param>
/// <param name="Column">The 1-based column; 0 when the place is the file as a whole.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that names no file, for values made in code rather than read from a file.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <summary>Whether this location names a file.</summary>
    public bool IsKnown => !string.IsNullOrEmpty(File);

    /// <summary>The start of a file: line 1, column 1.</summary>
    /// <param name="file">The path of the file.</param>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>Formats the location as <c>file:line:column</c>, the form editors and CI annotations understand.</summary>
    public override string ToString() => IsKnown ? $"{File}:{Line}:{Column}" : "(no file)";
}
