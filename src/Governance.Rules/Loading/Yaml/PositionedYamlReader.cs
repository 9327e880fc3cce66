using System.Globalization;
using Governance.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Rules.Loading.Yaml;

/// <summary>One document of a file: its top-level mapping, and whether reading it already found errors.</summary>
/// <param name="Root">The top-level mapping.</param>
/// <param name="HasErrors">Whether reading the document reported errors (a repeated key, a tag, ...).</param>
internal sealed record PositionedDocument(PositionedMapping Root, bool HasErrors);

/// <summary>The limits a file's YAML must keep within, and the words used for it in messages.</summary>
/// <param name="MaxDepth">The deepest nesting of lists and mappings allowed.</param>
/// <param name="MaxDocuments">The most documents ('---') one file may hold.</param>
/// <param name="KindOfFile">What the file is, for messages: "rule file", "guidance catalogue file".</param>
internal sealed record YamlLimits(int MaxDepth, int MaxDocuments, string KindOfFile);

/// <summary>
/// Reads YAML text through YamlDotNet's parser events into <see cref="PositionedNode"/> trees, one per document,
/// keeping every node's place and refusing, while the events arrive and before anything deep is built, what these
/// files never need: anchors and aliases, tags, keys that are not names, repeated keys, too many documents, and
/// nesting deeper than the limit.
/// </summary>
internal static class PositionedYamlReader
{
    /// <summary>Reads the documents of a text. Empty documents are skipped; problems go to <paramref name="diagnostics"/>.</summary>
    /// <param name="source">The text, already decoded and without a byte-order mark, with its line table.</param>
    /// <param name="limits">The limits and the words for messages.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The documents that are mappings, in order.</returns>
    public static IReadOnlyList<PositionedDocument> Read(SourceLines source, YamlLimits limits, Diagnostics diagnostics)
    {
        var documents = new List<PositionedDocument>();
        try
        {
            ReadEvents(source, limits, diagnostics, documents);
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, source, diagnostics);
            return documents;
        }

        if (documents.Count == 0 && diagnostics.ErrorCount == 0)
        {
            var onlyComments = source.Text.AsSpan().ContainsAnyExcept(" \t\r\n");
            diagnostics.Error(
                RuleDiagnosticCodes.EmptyFile,
                onlyComments
                    ? $"The file holds only comments (or empty documents). A {limits.KindOfFile} needs at least one document of keys and values."
                    : $"The file is empty. A {limits.KindOfFile} needs at least one document of keys and values.",
                SourceLocation.StartOf(source.File));
        }

        return documents;
    }

    private static void ReadEvents(SourceLines source, YamlLimits limits, Diagnostics diagnostics, List<PositionedDocument> documents)
    {
        var parser = new Parser(new Scanner(new StringReader(source.Text), skipComments: true));
        var open = new Stack<Builder>();
        PositionedNode? root = null;
        var documentCount = 0;
        var errorsBefore = 0;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var at = source.LocationOf(Index(current.Start));
            switch (current)
            {
                case DocumentStart:
                    if (++documentCount > limits.MaxDocuments)
                    {
                        diagnostics.Error(
                            RuleDiagnosticCodes.TooMuch,
                            string.Create(CultureInfo.InvariantCulture, $"The file holds more than {limits.MaxDocuments} documents; the rest are not read. Split it into several files."),
                            at);
                        return;
                    }

                    root = null;
                    errorsBefore = diagnostics.ErrorCount;
                    open.Clear();
                    continue;

                case DocumentEnd:
                    Finish(root, limits, diagnostics, documents, errorsBefore);
                    continue;

                case AnchorAlias alias:
                    diagnostics.Error(
                        RuleDiagnosticCodes.AnchorOrAlias,
                        $"The alias '*{alias.Value}' is not allowed. {Capitalise(limits.KindOfFile)}s do not use YAML anchors (&) or aliases (*): " +
                        "write each value out in full. (Refusing them is the simplest defence against files that expand to enormous size.)",
                        at);
                    return;

                case NodeEvent node when !node.Anchor.IsEmpty:
                    diagnostics.Error(
                        RuleDiagnosticCodes.AnchorOrAlias,
                        $"The anchor '&{node.Anchor}' is not allowed. {Capitalise(limits.KindOfFile)}s do not use YAML anchors (&) or aliases (*): " +
                        "write each value out in full. (Refusing them is the simplest defence against files that expand to enormous size.)",
                        at);
                    return;
            }

            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.TagNotAllowed,
                    $"The YAML tag '{tagged.Tag}' is not allowed in a {limits.KindOfFile}. Remove it; put text in quotes if it must not be read as a number, date or true/false.",
                    at);
            }

            PositionedNode? completed = null;
            switch (current)
            {
                case MappingStart:
                case SequenceStart:
                    if (open.Count + 1 > limits.MaxDepth)
                    {
                        diagnostics.Error(
                            RuleDiagnosticCodes.NestingTooDeep,
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"The file nests lists and mappings more than {limits.MaxDepth} levels deep here. Check the indentation and brackets; a {limits.KindOfFile} needs far fewer levels."),
                            at);
                        return;
                    }

                    open.Push(current is MappingStart ? new Builder(new PositionedMapping(at)) : new Builder(new PositionedSequence(at)));
                    break;

                case MappingEnd:
                case SequenceEnd:
                    completed = open.Pop().Node;
                    break;

                case Scalar scalar:
                    completed = new PositionedScalar(source, scalar.Value, scalar.Style, Index(scalar.Start), Index(scalar.End));
                    break;
            }

            if (completed is null)
            {
                continue;
            }

            if (open.Count == 0)
            {
                root ??= completed;
            }
            else
            {
                open.Peek().Add(completed, limits, diagnostics);
            }
        }
    }

    private static void Finish(PositionedNode? root, YamlLimits limits, Diagnostics diagnostics, List<PositionedDocument> documents, int errorsBefore)
    {
        switch (root)
        {
            case null:
            case PositionedScalar { IsNull: true }:
                return;
            case PositionedMapping mapping:
                documents.Add(new PositionedDocument(mapping, diagnostics.ErrorCount > errorsBefore));
                return;
            default:
                diagnostics.Error(
                    RuleDiagnosticCodes.DocumentNotMapping,
                    $"This document is {root.Describe()}, but each document of a {limits.KindOfFile} is keys and values (a mapping), such as 'id: ...' on its own line.",
                    root.Location);
                return;
        }
    }

    private static void ReportSyntaxError(YamlException e, SourceLines source, Diagnostics diagnostics)
    {
        var line = (int)Math.Clamp(e.Start.Line, 1, int.MaxValue);
        if (FindTabIndentation(source.Text, line) is { } tab)
        {
            diagnostics.Error(
                RuleDiagnosticCodes.YamlSyntax,
                "This line is indented with a tab. YAML indentation must use spaces, never tabs: replace the tab with spaces.",
                new SourceLocation(source.File, tab.Line, tab.Column));
            return;
        }

        var message = e.Message.Trim();
        var detail = message.IndexOf("): ", StringComparison.Ordinal);
        if (detail >= 0 && message.StartsWith('('))
        {
            message = message[(detail + 3)..];
        }

        if (message.Length > 0 && !message.EndsWith('.'))
        {
            message += ".";
        }

        diagnostics.Error(
            RuleDiagnosticCodes.YamlSyntax,
            $"The YAML is malformed: {message} Check the indentation, colons, quotes and brackets on this line and the one before it.",
            new SourceLocation(source.File, line, (int)Math.Clamp(e.Start.Column, 1, int.MaxValue)));
    }

    private static (int Line, int Column)? FindTabIndentation(string text, int upToLine)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (line > upToLine)
            {
                break;
            }

            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return (line, column);
            }

            if (c != ' ')
            {
                atLineStart = false;
            }

            column++;
        }

        return null;
    }

    private static int Index(Mark mark) => (int)Math.Clamp(mark.Index, 0, int.MaxValue);

    private static string Capitalise(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>A mapping or list being built.</summary>
    private sealed class Builder(PositionedNode node)
    {
        private readonly Dictionary<string, PositionedScalar>? keys = node is PositionedMapping ? new(StringComparer.Ordinal) : null;
        private PositionedScalar? pendingKey;
        private bool skipValue;
        private bool expectingKey = true;

        public PositionedNode Node { get; } = node;

        /// <summary>Adds a completed child.</summary>
        public void Add(PositionedNode child, YamlLimits limits, Diagnostics diagnostics)
        {
            if (Node is PositionedSequence sequence)
            {
                sequence.Items.Add(child);
                return;
            }

            var mapping = (PositionedMapping)Node;
            if (expectingKey)
            {
                expectingKey = false;
                if (child is not PositionedScalar key)
                {
                    diagnostics.Error(
                        RuleDiagnosticCodes.KeyNotText,
                        $"A key here is {child.Describe()}. Keys in a {limits.KindOfFile} are names such as 'id' or 'title'.",
                        child.Location);
                    skipValue = true;
                    return;
                }

                if (keys!.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(
                        RuleDiagnosticCodes.DuplicateKey,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The key '{PositionedScalar.Shorten(key.Value)}' appears twice in the same mapping (first on line {first.Location.Line}). Keep only one."),
                        key.Location);
                    skipValue = true;
                }
                else
                {
                    keys.Add(key.Value, key);
                    skipValue = false;
                }

                pendingKey = key;
                return;
            }

            expectingKey = true;
            if (!skipValue && pendingKey is not null)
            {
                mapping.Entries.Add(new PositionedEntry(pendingKey, child));
            }
        }
    }
}
