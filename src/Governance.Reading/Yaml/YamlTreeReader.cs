using System.Globalization;
using Governance.Model;
using Governance.Reading.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Reading.Yaml;

/// <summary>What reading a file's YAML gave.</summary>
/// <param name="Documents">The documents whose top level is a mapping, in order (empty documents are skipped).</param>
/// <param name="Stopped">Whether reading stopped early (malformed YAML, an anchor, too deep, too many documents, ...).</param>
internal sealed record YamlReadResult(IReadOnlyList<YamlDocument> Documents, bool Stopped);

/// <summary>
/// Reads YAML text through YamlDotNet's parser events into <see cref="YamlNode"/> trees, one per document, keeping
/// every node's place (and, for scalars, their style and extent) and refusing, while the events arrive and before
/// anything deep is built, what these files never need: anchors and aliases, tags, keys that are not names, repeated
/// keys, more documents than the kind of file allows, and nesting deeper than its bound. Problems are reported with
/// the codes and words of the <see cref="YamlFileKind"/>.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Reads the documents of a text.</summary>
    /// <param name="source">The text, already decoded and without a byte-order mark, with its line table.</param>
    /// <param name="kind">The kind of file: its limits, codes and words.</param>
    /// <param name="sink">Where problems are reported.</param>
    public static YamlReadResult Read(SourceLines source, YamlFileKind kind, IDiagnosticSink sink)
    {
        var errorsBefore = sink.ErrorCount;
        var reading = new Reading(source, kind, sink);
        var scanner = new Scanner(new StringReader(source.Text), skipComments: true);
        try
        {
            if (!reading.ReadEvents(new Parser(scanner)))
            {
                return new YamlReadResult(reading.Documents, Stopped: true);
            }
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, source, kind, sink);
            return new YamlReadResult(reading.Documents, Stopped: true);
        }
        catch (ParserFailedException)
        {
            // YamlDotNet failed in a way it does not report as a YamlException (seen with an unclosed '[' followed by
            // more lines): still malformed YAML, reported where the scanner stopped.
            sink.Error(
                kind.YamlSyntaxCode,
                "The YAML is malformed near here and could not be read. An unclosed bracket or quote is a common cause: check this line and the lines before it.",
                At(source.File, scanner.CurrentPosition));
            return new YamlReadResult(reading.Documents, Stopped: true);
        }

        if (reading.Documents.Count == 0 && sink.ErrorCount == errorsBefore)
        {
            var onlyComments = reading.DocumentCount == 0 && source.Text.AsSpan().ContainsAnyExcept(" \t\r\n");
            Report(sink, kind.Empty(onlyComments, emptyDocuments: reading.DocumentCount > 0), SourceLocation.StartOf(source.File));
        }

        return new YamlReadResult(reading.Documents, Stopped: false);
    }

    private static void Report(IDiagnosticSink sink, YamlProblem problem, SourceLocation location) =>
        sink.Error(problem.Code, problem.Message, location);

    private static void ReportSyntaxError(YamlException e, SourceLines source, YamlFileKind kind, IDiagnosticSink sink)
    {
        // YamlDotNet's position for a tab is sometimes the start of the mapping, not the tab: when its message is
        // about a tab, look for the tab anywhere; otherwise only up to the line after the error.
        var upToLine = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? int.MaxValue : (int)Math.Min(e.Start.Line + 1, int.MaxValue);
        if (FindTabIndentation(source.Text, upToLine) is { } tab)
        {
            sink.Error(
                kind.YamlSyntaxCode,
                "This line is indented with a tab. YAML indentation must use spaces, never tabs: replace the tab with spaces.",
                new SourceLocation(source.File, tab.Line, tab.Column));
            return;
        }

        // YamlDotNet starts its message with the positions "(Line: 6, Col: 1, Idx: 97) - (...): ", which the location says.
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

        sink.Error(
            kind.YamlSyntaxCode,
            $"The YAML is malformed: {message} Check the indentation, colons, quotes and brackets on this line and the one before it.",
            At(source.File, e.Start));
    }

    /// <summary>The first tab in the leading whitespace of a line, up to a line, if any.</summary>
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

    private static SourceLocation At(string file, Mark mark) =>
        new(file, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    private static int Index(Mark mark) => (int)Math.Clamp(mark.Index, 0, int.MaxValue);

    /// <summary>Carries an unexpected exception out of YamlDotNet's parser to where it is reported.</summary>
    private sealed class ParserFailedException(Exception inner) : Exception(inner.Message, inner);

    /// <summary>The state of reading one text.</summary>
    private sealed class Reading(SourceLines source, YamlFileKind kind, IDiagnosticSink sink)
    {
        private readonly Stack<Builder> open = new();
        private YamlNode? root;
        private int errorsAtDocumentStart;

        /// <summary>The documents read so far whose top level is a mapping.</summary>
        public List<YamlDocument> Documents { get; } = [];

        /// <summary>How many documents have started.</summary>
        public int DocumentCount { get; private set; }

        /// <summary>Reads every event; returns <see langword="false"/> when reading had to stop.</summary>
        public bool ReadEvents(Parser parser)
        {
            while (MoveNext(parser))
            {
                var current = parser.Current!;
                var at = source.LocationOf(Index(current.Start));
                switch (current)
                {
                    case DocumentStart:
                        if (++DocumentCount > kind.MaxDocuments)
                        {
                            Report(sink, kind.TooManyDocuments(), at);
                            return false;
                        }

                        root = null;
                        errorsAtDocumentStart = sink.ErrorCount;
                        open.Clear();
                        continue;

                    case DocumentEnd:
                        FinishDocument();
                        continue;

                    case AnchorAlias alias:
                        Report(sink, kind.AnchorOrAlias($"alias '*{alias.Value}'"), at);
                        return false;

                    case NodeEvent node when !node.Anchor.IsEmpty:
                        Report(sink, kind.AnchorOrAlias($"anchor '&{node.Anchor}'"), at);
                        return false;
                }

                if (current is NodeEvent { Tag.IsEmpty: false } tagged)
                {
                    Report(sink, kind.Tag(tagged.Tag.ToString()), at);
                }

                YamlNode? completed = null;
                switch (current)
                {
                    case MappingStart:
                    case SequenceStart:
                        if (open.Count + 1 > kind.MaxDepth)
                        {
                            Report(sink, kind.NestingTooDeep(), at);
                            return false;
                        }

                        open.Push(current is MappingStart ? new Builder(new YamlMapping(at)) : new Builder(new YamlSequence(at)));
                        break;

                    case MappingEnd:
                    case SequenceEnd:
                        completed = open.Pop().Node;
                        break;

                    case Scalar scalar:
                        completed = new YamlScalar(source, scalar.Value, scalar.Style, Index(scalar.Start), Index(scalar.End));
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
                else if (!open.Peek().Add(completed, kind, sink))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool MoveNext(Parser parser)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (Exception e) when (e is not YamlException and not OutOfMemoryException)
            {
                throw new ParserFailedException(e);
            }
        }

        private void FinishDocument()
        {
            switch (root)
            {
                case null:
                case YamlScalar { IsNull: true }:
                    return;
                case YamlMapping mapping:
                    Documents.Add(new YamlDocument(mapping, sink.ErrorCount > errorsAtDocumentStart));
                    return;
                default:
                    Report(sink, kind.DocumentNotMapping(root), root.Location);
                    return;
            }
        }
    }

    /// <summary>A mapping or list being built.</summary>
    private sealed class Builder(YamlNode node)
    {
        private readonly Dictionary<string, YamlScalar>? keys = node is YamlMapping ? new(StringComparer.Ordinal) : null;
        private YamlScalar? pendingKey;
        private bool skipValue;
        private bool expectingKey = true;

        public YamlNode Node { get; } = node;

        /// <summary>Adds a completed child; returns <see langword="false"/> when reading must stop.</summary>
        public bool Add(YamlNode child, YamlFileKind kind, IDiagnosticSink sink)
        {
            if (Node is YamlSequence sequence)
            {
                sequence.Items.Add(child);
                return true;
            }

            var mapping = (YamlMapping)Node;
            if (expectingKey)
            {
                expectingKey = false;
                if (child is not YamlScalar key)
                {
                    Report(sink, kind.KeyNotText(child), child.Location);
                    skipValue = true;
                    return !kind.KeyNotTextStopsReading;
                }

                if (keys!.TryGetValue(key.Value, out var first))
                {
                    sink.Error(
                        kind.DuplicateKeyCode,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The key '{YamlScalar.Shorten(key.Value)}' appears twice in the same mapping (first on line {first.Location.Line}). Keep only one."),
                        key.Location);
                    skipValue = true;
                }
                else
                {
                    keys.Add(key.Value, key);
                    skipValue = false;
                }

                pendingKey = key;
                return true;
            }

            expectingKey = true;
            if (!skipValue && pendingKey is not null)
            {
                mapping.Entries.Add(new YamlEntry(pendingKey, child));
            }

            return true;
        }
    }
}
