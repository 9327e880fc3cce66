using System.Globalization;
using Governance.Reading.Text;
using Governance.Reading.Yaml;

namespace Governance.Rules.Loading.Yaml;

/// <summary>
/// The files of a rule set (rule files, guidance catalogue files) as the shared text and YAML readers see them: their
/// bounds, GOV4xx codes, and messages that name the kind of file.
/// </summary>
internal sealed class RuleSetFileKind : YamlFileKind
{
    /// <summary>Describes a kind of rule set file.</summary>
    /// <param name="kindOfFile">What the file is, for messages: "rule file", "guidance catalogue file".</param>
    /// <param name="maxBytes">The largest file accepted, in bytes.</param>
    /// <param name="maxDepth">The deepest nesting of lists and mappings allowed.</param>
    /// <param name="maxDocuments">The most documents ('---') one file may hold.</param>
    public RuleSetFileKind(string kindOfFile, int maxBytes, int maxDepth, int maxDocuments)
        : base(maxDepth, maxDocuments)
    {
        KindOfFile = kindOfFile;
        Text = new SourceTextOptions(
            maxBytes,
            "a " + kindOfFile,
            RuleDiagnosticCodes.FileUnreadable,
            RuleDiagnosticCodes.FileTooLarge,
            RuleDiagnosticCodes.InvalidUtf8);
    }

    /// <summary>What the file is, for messages: "rule file", "guidance catalogue file".</summary>
    public string KindOfFile { get; }

    /// <summary>The size bound and codes for reading the file's text.</summary>
    public SourceTextOptions Text { get; }

    /// <inheritdoc/>
    public override string YamlSyntaxCode => RuleDiagnosticCodes.YamlSyntax;

    /// <inheritdoc/>
    public override string DuplicateKeyCode => RuleDiagnosticCodes.DuplicateKey;

    /// <inheritdoc/>
    public override YamlProblem TooManyDocuments() => new(
        RuleDiagnosticCodes.TooMuch,
        string.Create(CultureInfo.InvariantCulture, $"The file holds more than {MaxDocuments} documents; the rest are not read. Split it into several files."));

    /// <inheritdoc/>
    public override YamlProblem AnchorOrAlias(string what) => new(
        RuleDiagnosticCodes.AnchorOrAlias,
        $"The {what} is not allowed. {NodeReader.Capitalise(KindOfFile)}s do not use YAML anchors (&) or aliases (*): " +
        "write each value out in full. (Refusing them is the simplest defence against files that expand to enormous size.)");

    /// <inheritdoc/>
    public override YamlProblem Tag(string tag) => new(
        RuleDiagnosticCodes.TagNotAllowed,
        $"The YAML tag '{tag}' is not allowed in a {KindOfFile}. Remove it; put text in quotes if it must not be read as a number, date or true/false.");

    /// <inheritdoc/>
    public override YamlProblem NestingTooDeep() => new(
        RuleDiagnosticCodes.NestingTooDeep,
        string.Create(
            CultureInfo.InvariantCulture,
            $"The file nests lists and mappings more than {MaxDepth} levels deep here. Check the indentation and brackets; a {KindOfFile} needs far fewer levels."));

    /// <inheritdoc/>
    public override YamlProblem KeyNotText(YamlNode key) => new(
        RuleDiagnosticCodes.KeyNotText,
        $"A key here is {key.Describe()}. Keys in a {KindOfFile} are names such as 'id' or 'title'.");

    /// <inheritdoc/>
    public override YamlProblem DocumentNotMapping(YamlNode root) => new(
        RuleDiagnosticCodes.DocumentNotMapping,
        $"This document is {root.Describe()}, but each document of a {KindOfFile} is keys and values (a mapping), such as 'id: ...' on its own line.");

    /// <inheritdoc/>
    public override YamlProblem Empty(bool onlyComments, bool emptyDocuments) => new(
        RuleDiagnosticCodes.EmptyFile,
        onlyComments || emptyDocuments
            ? $"The file holds only comments (or empty documents). A {KindOfFile} needs at least one document of keys and values."
            : $"The file is empty. A {KindOfFile} needs at least one document of keys and values.");
}
