namespace Governance.Reading.Yaml;

/// <summary>A problem the YAML reader found, as the kind of file reports it.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Message">What is wrong, in the kind of file's own words.</param>
internal readonly record struct YamlProblem(string Code, string Message);

/// <summary>
/// A kind of YAML file (authority file, rule file, guidance catalogue file) as <see cref="YamlTreeReader"/> reads it:
/// its limits, and the codes and words it reports problems with, so each loader keeps its own codes and wording.
/// </summary>
/// <param name="maxDepth">The deepest nesting of lists and mappings allowed (the top-level mapping counts as 1).</param>
/// <param name="maxDocuments">The most documents ('---') one file may hold.</param>
internal abstract class YamlFileKind(int maxDepth, int maxDocuments)
{
    /// <summary>The deepest nesting of lists and mappings allowed (the top-level mapping counts as 1).</summary>
    public int MaxDepth { get; } = maxDepth;

    /// <summary>The most documents ('---') one file may hold; reading stops at the first one more.</summary>
    public int MaxDocuments { get; } = maxDocuments;

    /// <summary>Whether a key that is a list or mapping stops reading the file (otherwise the key and its value are skipped).</summary>
    public virtual bool KeyNotTextStopsReading => false;

    /// <summary>The code for malformed YAML.</summary>
    public abstract string YamlSyntaxCode { get; }

    /// <summary>The code for a key written twice in one mapping.</summary>
    public abstract string DuplicateKeyCode { get; }

    /// <summary>A document starts beyond <see cref="MaxDocuments"/>.</summary>
    public abstract YamlProblem TooManyDocuments();

    /// <summary>An anchor or alias is used.</summary>
    /// <param name="what">Which, as written: "anchor '&amp;a'" or "alias '*a'".</param>
    public abstract YamlProblem AnchorOrAlias(string what);

    /// <summary>A tag such as <c>!!str</c> is used.</summary>
    /// <param name="tag">The tag.</param>
    public abstract YamlProblem Tag(string tag);

    /// <summary>Lists and mappings nest deeper than <see cref="MaxDepth"/>.</summary>
    public abstract YamlProblem NestingTooDeep();

    /// <summary>A key is a list or a mapping.</summary>
    /// <param name="key">The key.</param>
    public abstract YamlProblem KeyNotText(YamlNode key);

    /// <summary>A document's top level is a list or a single value.</summary>
    /// <param name="root">The document's top level.</param>
    public abstract YamlProblem DocumentNotMapping(YamlNode root);

    /// <summary>The file holds no document with content.</summary>
    /// <param name="onlyComments">Whether it holds comments but no document at all.</param>
    /// <param name="emptyDocuments">Whether it holds documents, all empty ('---' or '~').</param>
    public abstract YamlProblem Empty(bool onlyComments, bool emptyDocuments);
}
