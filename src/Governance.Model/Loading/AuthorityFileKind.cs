using System.Globalization;
using Governance.Reading.Text;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading;

/// <summary>
/// Authority files as the shared text and YAML readers see them: one document, the bounds of
/// <see cref="AuthorityLoader"/>, GOV1xx codes, and messages in terms of authority files.
/// </summary>
internal sealed class AuthorityFileKind(int maxDepth, int maxDocuments) : YamlFileKind(maxDepth, maxDocuments)
{
    /// <summary>Authority files.</summary>
    public static readonly AuthorityFileKind Instance = new(AuthorityLoader.MaxDepth, maxDocuments: 1);

    /// <summary>
    /// A larger file an authority is written inside (<see cref="AuthorityLoader.LoadEmbedded"/>): the authority sits
    /// some levels down, and the file may hold several documents.
    /// </summary>
    public static readonly AuthorityFileKind Embedded = new(AuthorityLoader.MaxDepth + EmbeddingDepth, maxDocuments: 16);

    /// <summary>How many levels deeper than a file of its own an embedded authority may sit.</summary>
    private const int EmbeddingDepth = 8;

    /// <summary>The size bound and codes for reading an authority file's text.</summary>
    public static readonly SourceTextOptions Text = new(
        AuthorityLoader.MaxFileBytes,
        "an authority file",
        DiagnosticCodes.FileUnreadable,
        DiagnosticCodes.FileTooLarge,
        DiagnosticCodes.InvalidUtf8);

    private const string AnchorReason =
        "Authority files do not use YAML anchors (&) or aliases (*): write each value out in full. (Refusing them is the " +
        "simplest defence against files that expand to enormous size, the 'billion laughs' attack.)";

    /// <summary>A key that is a list or mapping stops reading: nothing in an authority file can follow from it.</summary>
    public override bool KeyNotTextStopsReading => true;

    /// <inheritdoc/>
    public override string YamlSyntaxCode => DiagnosticCodes.YamlSyntax;

    /// <inheritdoc/>
    public override string DuplicateKeyCode => DiagnosticCodes.DuplicateKey;

    /// <inheritdoc/>
    public override YamlProblem TooManyDocuments() => new(
        DiagnosticCodes.SeveralDocuments,
        "A second YAML document starts here ('---'). An authority file holds one document: put each authority in its own file.");

    /// <inheritdoc/>
    public override YamlProblem AnchorOrAlias(string what) => new(DiagnosticCodes.AnchorOrAlias, $"The {what} is not allowed. {AnchorReason}");

    /// <inheritdoc/>
    public override YamlProblem Tag(string tag) => new(
        DiagnosticCodes.TagNotAllowed,
        $"The YAML tag '{tag}' is not allowed in authority files. Remove it; write text in quotes if it must not be read as a number, date or true/false.");

    /// <inheritdoc/>
    public override YamlProblem NestingTooDeep() => new(
        DiagnosticCodes.NestingTooDeep,
        string.Create(
            CultureInfo.InvariantCulture,
            $"The file nests lists and mappings more than {MaxDepth} levels deep here. Authority files need only a few levels; check the indentation and brackets."));

    /// <inheritdoc/>
    public override YamlProblem KeyNotText(YamlNode key) => new(
        DiagnosticCodes.KeyNotText,
        $"A key here is {key.Describe()}. Keys in an authority file are names such as 'name' or 'holder'.");

    /// <inheritdoc/>
    public override YamlProblem DocumentNotMapping(YamlNode root) => new(
        DiagnosticCodes.TopLevelNotMapping,
        $"The file's top level is {root.Describe()}, but an authority file is keys and values, starting with 'code:', 'name:', 'kind:' and 'recordedAsAt:'.");

    /// <inheritdoc/>
    public override YamlProblem Empty(bool onlyComments, bool emptyDocuments) => new(
        DiagnosticCodes.EmptyFile,
        onlyComments
            ? "The file holds only comments. An authority file needs at least code, name, kind and recordedAsAt."
            : "The file is empty. An authority file needs at least code, name, kind and recordedAsAt.");
}
