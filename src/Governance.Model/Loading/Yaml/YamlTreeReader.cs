using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Model.Loading.Yaml;

/// <summary>
/// Reads YAML text through YamlDotNet's parser events into a <see cref="YamlNode"/> tree, keeping every node's place
/// and refusing, while the events arrive and before anything deep is built, what an authority file never needs:
/// several documents, anchors and aliases, tags, keys that are not names, repeated keys, and nesting deeper than
/// <see cref="AuthorityLoader.MaxDepth"/>.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Reads the text; returns the top-level mapping, or <see langword="null"/> when the file cannot be used.</summary>
    /// <param name="text">The text, already decoded and without a byte-order mark.</param>
    /// <param name="file">The file name to report.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static YamlMapping? Read(string text, string file, DiagnosticBag bag)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        try
        {
            return ReadEvents(new Parser(scanner), text, file, bag);
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, text, file, bag);
            return null;
        }
        catch (ParserFailedException)
        {
            // YamlDotNet failed in a way it does not report as a YamlException (seen with an unclosed '[' followed by
            // more lines): still malformed YAML, reported where the scanner stopped.
            var at = At(file, scanner.CurrentPosition);
            bag.Error(
                DiagnosticCodes.YamlSyntax,
                "The YAML is malformed near here and could not be read. An unclosed bracket or quote is a common cause: check this line and the lines before it.",
                at);
            return null;
        }
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

    private static YamlMapping? ReadEvents(Parser parser, string text, string file, DiagnosticBag bag)
    {
        var open = new Stack<Builder>();
        YamlNode? root = null;
        var documents = 0;

        while (MoveNext(parser))
        {
            var current = parser.Current!;
            var at = At(file, current.Start);
            switch (current)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        bag.Error(
                            DiagnosticCodes.SeveralDocuments,
                            "A second YAML document starts here ('---'). An authority file holds one document: put each authority in its own file.",
                            at);
                        return null;
                    }

                    break;

                case AnchorAlias alias:
                    bag.Error(
                        DiagnosticCodes.AnchorOrAlias,
                        $"The alias '*{alias.Value}' is not allowed. Authority files do not use YAML anchors (&) or aliases (*): " +
                        "write each value out in full. (Refusing them is the simplest defence against files that expand " +
                        "to enormous size, the 'billion laughs' attack.)",
                        at);
                    return null;

                case NodeEvent node when !node.Anchor.IsEmpty:
                    bag.Error(
                        DiagnosticCodes.AnchorOrAlias,
                        $"The anchor '&{node.Anchor}' is not allowed. Authority files do not use YAML anchors (&) or aliases (*): " +
                        "write each value out in full. (Refusing them is the simplest defence against files that expand " +
                        "to enormous size, the 'billion laughs' attack.)",
                        at);
                    return null;
            }

            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                bag.Error(
                    DiagnosticCodes.TagNotAllowed,
                    $"The YAML tag '{tagged.Tag}' is not allowed in authority files. Remove it; write text in quotes if it must not be read as a number, date or true/false.",
                    at);
            }

            YamlNode? completed = null;
            switch (current)
            {
                case MappingStart:
                case SequenceStart:
                    if (open.Count + 1 > AuthorityLoader.MaxDepth)
                    {
                        bag.Error(
                            DiagnosticCodes.NestingTooDeep,
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"The file nests lists and mappings more than {AuthorityLoader.MaxDepth} levels deep here. Authority files need only a few levels; check the indentation and brackets."),
                            at);
                        return null;
                    }

                    open.Push(current is MappingStart ? new Builder(new YamlMapping(at)) : new Builder(new YamlSequence(at)));
                    break;

                case MappingEnd:
                case SequenceEnd:
                    completed = open.Pop().Node;
                    break;

                case Scalar scalar:
                    completed = new YamlScalar(at, scalar.Value, scalar.Style == ScalarStyle.Plain);
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
            else if (!open.Peek().Add(completed, bag))
            {
                return null;
            }
        }

        return Top(root, documents, text, file, bag);
    }

    private static YamlMapping? Top(YamlNode? root, int documents, string text, string file, DiagnosticBag bag)
    {
        switch (root)
        {
            case YamlMapping mapping:
                return mapping;
            case null:
            case YamlScalar { IsNull: true }:
                var onlyComments = documents == 0 && text.AsSpan().ContainsAnyExcept(" \t\r\n");
                bag.Error(
                    DiagnosticCodes.EmptyFile,
                    onlyComments
                        ? "The file holds only comments. An authority file needs at least code, name, kind and recordedAsAt."
                        : "The file is empty. An authority file needs at least code, name, kind and recordedAsAt.",
                    SourceLocation.StartOf(file));
                return null;
            default:
                bag.Error(
                    DiagnosticCodes.TopLevelNotMapping,
                    $"The file's top level is {root.Describe()}, but an authority file is keys and values, starting with 'code:', 'name:', 'kind:' and 'recordedAsAt:'.",
                    root.Location);
                return null;
        }
    }

    private static void ReportSyntaxError(YamlException e, string text, string file, DiagnosticBag bag)
    {
        // YamlDotNet's position for a tab is sometimes the start of the mapping, not the tab: when its message is
        // about a tab, look for the tab anywhere; otherwise only up to the line after the error.
        var upToLine = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? int.MaxValue : (int)Math.Min(e.Start.Line + 1, int.MaxValue);
        if (FindTabIndentation(text, upToLine) is { } tab)
        {
            bag.Error(
                DiagnosticCodes.YamlSyntax,
                "This line is indented with a tab. YAML indentation must use spaces, never tabs: replace the tab with spaces.",
                new SourceLocation(file, tab.Line, tab.Column));
            return;
        }

        var message = e.Message.Trim();
        if (message.Length > 0 && !message.EndsWith('.'))
        {
            message += ".";
        }

        bag.Error(
            DiagnosticCodes.YamlSyntax,
            $"The YAML is malformed: {message} Check the indentation, colons, quotes and brackets on this line and the one before it.",
            At(file, e.Start));
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
        new(file, (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    /// <summary>Carries an unexpected exception out of YamlDotNet's parser to where it is reported.</summary>
    private sealed class ParserFailedException(Exception inner) : Exception(inner.Message, inner);

    /// <summary>A mapping or sequence being built.</summary>
    private sealed class Builder(YamlNode node)
    {
        private readonly Dictionary<string, YamlScalar>? keys = node is YamlMapping ? new(StringComparer.Ordinal) : null;
        private YamlScalar? pendingKey;
        private bool skipValue;
        private bool expectingKey = true;

        public YamlNode Node { get; } = node;

        /// <summary>Adds a completed child; returns <see langword="false"/> when reading must stop.</summary>
        public bool Add(YamlNode child, DiagnosticBag bag)
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
                    bag.Error(
                        DiagnosticCodes.KeyNotText,
                        $"A key here is {child.Describe()}. Keys in an authority file are names such as 'name' or 'holder'.",
                        child.Location);
                    return false;
                }

                if (keys!.TryGetValue(key.Value, out var first))
                {
                    bag.Error(
                        DiagnosticCodes.DuplicateKey,
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
            if (!skipValue)
            {
                mapping.Entries.Add(new YamlEntry(pendingKey!, child));
            }

            return true;
        }
    }
}
