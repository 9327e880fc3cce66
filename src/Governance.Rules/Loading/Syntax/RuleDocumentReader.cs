using System.Text.RegularExpressions;
using Governance.Model;
using Governance.Reading;
using Governance.Reading.Yaml;
using Governance.Rules.Definitions;
using Governance.Rules.Guidance;
using Governance.Rules.Loading.Yaml;

namespace Governance.Rules.Loading.Syntax;

/// <summary>
/// Reads one YAML document of a rule file into a <see cref="RuleSyntax"/>, strictly: known keys only, required keys
/// present, values of the right kind, a well-formed id, a real obligation, real dates in order, and a citation of a
/// document and paragraphs the guidance catalogue has. Every problem is reported; the result is null when there was one.
/// </summary>
internal sealed partial class RuleDocumentReader(NodeReader reader, GuidanceCatalogue catalogue)
{
    /// <summary>The keys of a rule.</summary>
    public static readonly string[] RuleKeys = ["id", "title", "cites", "obligation", "effective", "tags", "scope", "when", "then", "remedy"];

    /// <summary>The words that start a group element of <c>when:</c>.</summary>
    public static readonly string[] ElementKeywords = ["not", "exists", "all", "or", "check"];

    /// <summary>Words a binding may not be called, because the format or the condition language uses them.</summary>
    public static readonly string[] ReservedNames =
        ["not", "exists", "all", "or", "check", "and", "in", "true", "false", "null", "asAt", "count", "collect", "group", "by", "where", "any"];

    private static readonly string[] RequiredKeys = ["id", "title", "cites", "when", "then"];
    private static readonly string[] CitationKeys = ["document", "paragraphs", "quote"];
    private static readonly string[] PeriodKeys = ["from", "until"];
    private static readonly string[] FindingKeys = ["finding", "at"];
    private static readonly string[] DeriveKeys = ["fact", "with"];
    private static readonly string[] Obligations = ["must", "should", "advisory"];

    /// <summary>The values of <c>scope:</c>: one authority at a time (the default), or authorities compared.</summary>
    public static readonly string[] Scopes = ["authority", "across-authorities"];

    private Diagnostics Diagnostics => reader.Diagnostics;

    /// <summary>Reads a rule; null when it has problems (all of which are reported).</summary>
    /// <param name="root">The document's top-level mapping.</param>
    public RuleSyntax? Read(YamlMapping root)
    {
        var before = Diagnostics.ErrorCount;
        reader.CheckKeys(root, "a rule", RuleKeys, RequiredKeys);
        var id = ReadId(root);
        var title = Text(root, "title", "the rule's title");
        var then = root.Find("then") is { } t ? ReadThen(t.Value) : null;
        var obligation = ReadObligation(root, then);
        var remedy = ReadRemedy(root, then);
        var tags = ReadTags(root);
        var scope = ReadScope(root);
        var (citation, document, parts) = ReadCitation(root);
        var effective = ReadEffective(root, document, parts);
        var when = root.Find("when") is { } w ? ReadElements(w.Value, "'when'") : null;

        if (Diagnostics.ErrorCount > before || id is null || title is null || citation is null || effective is null || when is null || then is null || tags is null || scope is null)
        {
            return null;
        }

        return new RuleSyntax(new RuleMetadata(id, title, citation, obligation, effective, remedy, tags, root.Location, scope.Value), when, then);
    }

    private string? ReadId(YamlMapping root)
    {
        if (root.Find("id") is not { } entry || reader.Scalar(entry.Value, "the rule's id") is not { } scalar)
        {
            return null;
        }

        var id = scalar.Value;
        if (RuleIdPattern().IsMatch(id))
        {
            return id;
        }

        var suggestion = Slug(id);
        Diagnostics.Error(
            RuleDiagnosticCodes.BadRuleId,
            $"The rule id '{YamlScalar.Shorten(id)}' is not lowercase words joined by '-' (at most 80 characters)" +
            (suggestion.Length > 0 && RuleIdPattern().IsMatch(suggestion) ? $"; for example '{suggestion}'." : ", such as 'dcs-dass-combined'."),
            scalar.Location);
        return null;
    }

    private Obligation? ReadObligation(YamlMapping root, ThenSyntax? then)
    {
        var entry = root.Find("obligation");
        if (entry is null)
        {
            if (then is FindingSyntax)
            {
                Diagnostics.Error(
                    RuleDiagnosticCodes.MissingKey,
                    "A rule that reports a finding needs 'obligation:' (must, should or advisory): it decides the finding's severity and whether an authority may depart from it.",
                    root.Location);
            }

            return null;
        }

        if (then is DeriveSyntax)
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.UnknownKey,
                "A rule that derives a fact reports no finding, so it has no obligation. Remove 'obligation:' (the rules that use the derived fact have one).",
                entry.Key.Location);
            return null;
        }

        if (reader.Scalar(entry.Value, "the obligation") is not { } scalar)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "must":
                return Obligation.Must;
            case "should":
                return Obligation.Should;
            case "advisory":
                return Obligation.Advisory;
            default:
                Diagnostics.Error(
                    RuleDiagnosticCodes.BadObligation,
                    $"The obligation '{YamlScalar.Shorten(scalar.Value)}' is not one of must, should, advisory.{Suggestions.DidYouMean(scalar.Value, Obligations)} " +
                    "'must' is the law (an error, no departure), 'should' is statutory guidance (a warning an authority may depart from with reasons), " +
                    "'advisory' is advice (a note).",
                    scalar.Location);
                return null;
        }
    }

    private string? ReadRemedy(YamlMapping root, ThenSyntax? then)
    {
        if (root.Find("remedy") is not { } entry)
        {
            return null;
        }

        if (then is DeriveSyntax)
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.UnknownKey,
                "A rule that derives a fact reports no finding, so it has no remedy. Remove 'remedy:'.",
                entry.Key.Location);
            return null;
        }

        return reader.NonEmptyText(entry.Value, "the remedy");
    }

    private RuleScope? ReadScope(YamlMapping root)
    {
        if (root.Find("scope") is not { } entry)
        {
            return RuleScope.Authority;
        }

        if (reader.Scalar(entry.Value, "the rule's scope") is not { } scalar)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "authority":
                return RuleScope.Authority;
            case "across-authorities":
                return RuleScope.AcrossAuthorities;
            default:
                Diagnostics.Error(
                    RuleDiagnosticCodes.BadScope,
                    $"The scope '{YamlScalar.Shorten(scalar.Value)}' is not one of {string.Join(", ", Scopes)}.{Suggestions.DidYouMean(scalar.Value, Scopes)} " +
                    "A rule looks at one authority at a time unless it compares authorities (as a joint appointment recorded by both does): then write 'scope: across-authorities'.",
                    scalar.Location);
                return null;
        }
    }

    private List<string>? ReadTags(YamlMapping root)
    {
        if (root.Find("tags") is not { } entry)
        {
            return [];
        }

        if (reader.TextList(entry.Value, "'tags'") is not { } items)
        {
            return null;
        }

        var tags = new List<string>();
        foreach (var item in items)
        {
            if (!TagPattern().IsMatch(item.Value))
            {
                Diagnostics.Error(
                    RuleDiagnosticCodes.BadTag,
                    $"The tag '{YamlScalar.Shorten(item.Value)}' is not lowercase words joined by '-', such as 'dcs' or 'lead-member'.",
                    item.Location);
                continue;
            }

            if (!tags.Contains(item.Value, StringComparer.Ordinal))
            {
                tags.Add(item.Value);
            }
        }

        return tags;
    }

    private (Citation? Citation, CataloguedDocument? Document, IReadOnlyList<GuidancePart> Parts) ReadCitation(YamlMapping root)
    {
        if (root.Find("cites") is not { } entry || reader.Mapping(entry.Value, "'cites'") is not { } cites)
        {
            return (null, null, []);
        }

        var before = Diagnostics.ErrorCount;
        reader.CheckKeys(cites, "'cites'", CitationKeys, CitationKeys);
        var quote = cites.Find("quote") is { } q ? reader.NonEmptyText(q.Value, "the quote") : null;
        CataloguedDocument? document = null;
        if (cites.Find("document") is { } d && reader.Scalar(d.Value, "the cited document") is { } documentNode)
        {
            if (catalogue.TryGetDocument(documentNode.Value, out var found))
            {
                document = found;
            }
            else
            {
                var known = catalogue.Documents.Select(x => x.Id).ToList();
                Diagnostics.Error(
                    RuleDiagnosticCodes.UnknownDocument,
                    $"The guidance catalogue has no document '{YamlScalar.Shorten(documentNode.Value)}'.{Suggestions.DidYouMean(documentNode.Value, known)} " +
                    (known.Count == 0
                        ? "The catalogue is empty: add the document to rules/guidance/ first."
                        : $"The catalogued documents are: {string.Join(", ", known)}."),
                    documentNode.Location);
            }
        }

        var parts = new List<GuidancePart>();
        if (cites.Find("paragraphs") is { } p && reader.TextList(p.Value, "'paragraphs'") is { } numbers)
        {
            if (numbers.Count == 0)
            {
                Diagnostics.Error(RuleDiagnosticCodes.EmptyList, "'paragraphs' is empty: cite at least one paragraph or provision, such as \"3.13\" or \"s18(8)\".", p.Value.Location);
            }

            foreach (var number in numbers)
            {
                ReadParagraph(document, number, parts);
            }
        }

        if (Diagnostics.ErrorCount > before || document is null || quote is null)
        {
            return (null, document, parts);
        }

        return (new Citation(document.Id, document.Edition, [.. parts.Select(x => x.Number)], quote) { Act = document.ProvisionsOf }, document, parts);
    }

    private void ReadParagraph(CataloguedDocument? document, YamlScalar number, List<GuidancePart> parts)
    {
        if (document is null)
        {
            return;
        }

        if (!document.TryGetPart(number.Value, out var part))
        {
            var numbers = document.Parts.Select(x => x.Number).ToList();
            var hint = numbers.Count > 0
                ? $" It has paragraphs {numbers.First(n => n[0] != 's')} to {numbers.Last(n => n[0] != 's')}" +
                  (numbers.Any(n => n[0] == 's') ? $" and provisions {string.Join(", ", numbers.Where(n => n[0] == 's'))}." : ".")
                : string.Empty;
            Diagnostics.Error(
                RuleDiagnosticCodes.UnknownParagraph,
                $"{document.Id} has no paragraph or provision '{YamlScalar.Shorten(number.Value)}'.{Suggestions.DidYouMean(number.Value, SameSection(number.Value, numbers))}{hint}",
                number.Location);
            return;
        }

        if (parts.Contains(part))
        {
            Diagnostics.Warning(RuleDiagnosticCodes.RepeatedParagraph, $"'{number.Value}' is cited twice; once is enough.", number.Location);
            return;
        }

        parts.Add(part);
    }

    /// <summary>The numbers in the same section as a number ("3." for 3.133, "s18(" for s18(11)), for suggestions.</summary>
    private static IEnumerable<string> SameSection(string number, IEnumerable<string> numbers)
    {
        var end = number.IndexOfAny(['.', '(']);
        return end <= 0 ? [] : numbers.Where(n => n.StartsWith(number[..(end + 1)], StringComparison.Ordinal));
    }

    private EffectivePeriod? ReadEffective(YamlMapping root, CataloguedDocument? document, IReadOnlyList<GuidancePart> parts)
    {
        var citedFrom = document is null || parts.Count == 0 ? (DateOnly?)null : parts.Min(document.InForceFromOf);
        var citedUntil = document?.InForceUntil;
        if (root.Find("effective") is not { } entry)
        {
            return new EffectivePeriod(citedFrom, citedUntil);
        }

        if (reader.Mapping(entry.Value, "'effective'") is not { } period)
        {
            return null;
        }

        var before = Diagnostics.ErrorCount;
        reader.CheckKeys(period, "'effective'", PeriodKeys, []);
        var from = period.Find("from") is { } f ? reader.Date(f.Value, "the date the rule is effective from") : null;
        var until = period.Find("until") is { } u ? reader.Date(u.Value, "the date the rule is effective until") : null;
        if (Diagnostics.ErrorCount > before)
        {
            return null;
        }

        if (from is { } start && until is { } end && end < start)
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.EffectivePeriodReversed,
                $"The rule is effective until {end:yyyy-MM-dd}, which is before it is effective from ({start:yyyy-MM-dd}). 'until' must be on or after 'from' (both days are included).",
                period.Find("until")!.Value.Location);
            return null;
        }

        if (from is { } written && citedFrom is { } earliest && written < earliest && document is not null)
        {
            var source = parts.Where(x => document.InForceFromOf(x) == earliest).Select(x => x.Number).First();
            Diagnostics.Warning(
                RuleDiagnosticCodes.EffectiveBeforeSource,
                $"The rule is effective from {written:yyyy-MM-dd}, but what it cites is in force only from {earliest:yyyy-MM-dd} ({document.Id} {source}). " +
                "Before then it would report something the law or guidance did not yet ask for.",
                period.Find("from")!.Value.Location);
        }

        if (until is { } last && citedUntil is { } sourceEnd && last > sourceEnd && document is not null)
        {
            Diagnostics.Warning(
                RuleDiagnosticCodes.EffectiveAfterSource,
                $"The rule is effective until {last:yyyy-MM-dd}, but {document.Id} is in force only until {sourceEnd:yyyy-MM-dd}. " +
                $"A rule cannot outlive what it cites: it applies until {sourceEnd:yyyy-MM-dd}.",
                period.Find("until")!.Value.Location);
            until = sourceEnd;
        }

        return new EffectivePeriod(from ?? citedFrom, until ?? citedUntil);
    }

    /// <summary>Reads a list of <c>when:</c> elements; null when it has problems.</summary>
    private List<ElementSyntax>? ReadElements(YamlNode node, string what)
    {
        if (reader.Sequence(node, what) is not { } list)
        {
            return null;
        }

        if (list.Items.Count == 0)
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.EmptyList,
                $"{NodeReader.Capitalise(what)} is empty: it needs at least one element, such as '- dcs: Post where role == DirectorOfChildrensServices'.",
                list.Location);
            return null;
        }

        var elements = new List<ElementSyntax>();
        var ok = true;
        foreach (var item in list.Items)
        {
            if (ReadElement(item) is { } element)
            {
                elements.Add(element);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? elements : null;
    }

    private ElementSyntax? ReadElement(YamlNode item)
    {
        switch (item)
        {
            case YamlScalar scalar:
                return IsBlank(scalar) ? BlankElement(scalar) : new PatternSyntax(null, null, scalar, scalar.Location);
            case YamlMapping { Entries.Count: 1 } mapping:
                return ReadKeyedElement(mapping.Entries[0], mapping.Location);
            case YamlMapping { Entries.Count: 0 } mapping:
                Diagnostics.Error(RuleDiagnosticCodes.BadElement, "This element is empty.", mapping.Location);
                return null;
            case YamlMapping mapping:
                Diagnostics.Error(
                    RuleDiagnosticCodes.BadElement,
                    $"This element has {mapping.Entries.Count} keys ({string.Join(", ", mapping.Entries.Select(e => e.Key.Value))}), but each element is one " +
                    "pattern, 'not', 'exists', 'all', 'or' or 'check'. Start each on its own line with '- '.",
                    mapping.Entries[1].Key.Location);
                return null;
            default:
                Diagnostics.Error(
                    RuleDiagnosticCodes.BadElement,
                    "This element is a list. An element is a pattern ('- name: Type where ...'), or one of 'not:', 'exists:', 'all:', 'or:', 'check:'.",
                    item.Location);
                return null;
        }
    }

    private ElementSyntax? ReadKeyedElement(YamlEntry entry, SourceLocation location)
    {
        var key = entry.Key.Value;
        switch (key)
        {
            case "not":
            case "exists":
                return ReadElements(entry.Value, $"'{key}'") is { } inner ? new QuantifierSyntax(key == "not", inner, location) : null;
            case "all":
                return ReadForAll(entry.Value, location);
            case "or":
                return ReadOr(entry.Value, location);
            case "check":
                if (reader.Scalar(entry.Value, "'check'") is not { } condition)
                {
                    return null;
                }

                return IsBlank(condition) ? BlankElement(condition) : new CheckSyntax(condition, location);
        }

        if (entry.Value is not YamlScalar header)
        {
            var keyword = Suggestions.Closest(key, ElementKeywords);
            Diagnostics.Error(
                RuleDiagnosticCodes.BadElement,
                keyword is not null
                    ? $"'{YamlScalar.Shorten(key)}' is not an element of 'when'. Did you mean '{keyword}'? The elements are a pattern ('- name: Type where ...'), not, exists, all, or, check."
                    : $"'{YamlScalar.Shorten(key)}:' is followed by {entry.Value.Describe()}, but a named pattern is written on one line: '- {YamlScalar.Shorten(key)}: Type where condition'. " +
                      "The group elements are not, exists, all, or, check.",
                entry.Key.Location);
            return null;
        }

        if (!CheckBindingName(entry.Key))
        {
            return null;
        }

        return IsBlank(header) ? BlankElement(header) : new PatternSyntax(key, entry.Key, header, location);
    }

    private ForAllSyntax? ReadForAll(YamlNode node, SourceLocation location)
    {
        if (ReadElements(node, "'all'") is not { } elements)
        {
            return null;
        }

        var patterns = elements.OfType<PatternSyntax>().ToList();
        if (patterns.Count != elements.Count || elements.Count < 2)
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.BadElement,
                "'all' needs a base pattern and at least one more pattern, and nothing else: '- all: [\"m: BoardMembership where ...\", \"Person where ...\"]' " +
                "means every match of the first also matches the rest.",
                elements.FirstOrDefault(e => e is not PatternSyntax)?.Location ?? node.Location);
            return null;
        }

        return new ForAllSyntax(patterns[0], patterns[1..], location);
    }

    private OrSyntax? ReadOr(YamlNode node, SourceLocation location)
    {
        if (reader.Sequence(node, "'or'") is not { } list)
        {
            return null;
        }

        if (list.Items.Count < 2)
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.EmptyList,
                "'or' needs at least two branches, each a list of elements: '- or: [[...], [...]]'.",
                list.Location);
            return null;
        }

        var branches = new List<IReadOnlyList<ElementSyntax>>();
        var ok = true;
        foreach (var branch in list.Items)
        {
            if (ReadElements(branch, "each branch of 'or'") is { } elements)
            {
                branches.Add(elements);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new OrSyntax(branches, location) : null;
    }

    private bool CheckBindingName(YamlScalar name)
    {
        if (!BindingNamePattern().IsMatch(name.Value))
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.BadBindingName,
                $"'{YamlScalar.Shorten(name.Value)}' cannot name a pattern: a name starts with a lowercase letter and has only letters and digits, such as 'dcs' or 'leadMember'.",
                name.Location);
            return false;
        }

        if (ReservedNames.Contains(name.Value, StringComparer.Ordinal))
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.BadBindingName,
                $"'{name.Value}' is a word of the rule format or the condition language, so it cannot name a pattern. Choose another name.",
                name.Location);
            return false;
        }

        return true;
    }

    private ThenSyntax? ReadThen(YamlNode node)
    {
        if (reader.Mapping(node, "'then'") is not { } then)
        {
            return null;
        }

        var finding = then.Find("finding");
        var derive = then.Find("derive");
        if ((finding is null) == (derive is null))
        {
            var unknown = then.Entries.Where(e => !FindingKeys.Contains(e.Key.Value, StringComparer.Ordinal) && e.Key.Value != "derive").ToList();
            foreach (var e in unknown)
            {
                Diagnostics.Error(
                    RuleDiagnosticCodes.UnknownKey,
                    $"'{YamlScalar.Shorten(e.Key.Value)}' is not a key of 'then'.{Suggestions.DidYouMean(e.Key.Value, ["finding", "at", "derive"])} The keys are: finding, at, derive.",
                    e.Key.Location);
            }

            Diagnostics.Error(
                RuleDiagnosticCodes.BadThen,
                finding is null
                    ? "'then' needs either 'finding:' (a message to report) or 'derive:' (a fact for other rules)."
                    : "'then' has both 'finding:' and 'derive:'. A rule either reports a finding or derives a fact: split it into two rules.",
                then.Location);
            return null;
        }

        if (finding is not null)
        {
            reader.CheckKeys(then, "'then'", FindingKeys, ["finding"]);
            var template = reader.Scalar(finding.Value, "the finding's message");
            var at = then.Find("at") is { } a ? reader.Scalar(a.Value, "'at'") : null;
            if (template is not null && IsBlank(template))
            {
                Diagnostics.Error(RuleDiagnosticCodes.EmptyValue, "The finding's message is empty. Write what was found, with the facts in {braces}.", template.Location);
                return null;
            }

            return template is null || (then.Find("at") is not null && at is null) ? null : new FindingSyntax(template, at, then.Location);
        }

        reader.CheckKeys(then, "'then'", ["derive"], ["derive"]);
        return ReadDerive(derive!.Value, then.Location);
    }

    private DeriveSyntax? ReadDerive(YamlNode node, SourceLocation location)
    {
        if (reader.Mapping(node, "'derive'") is not { } derive)
        {
            return null;
        }

        reader.CheckKeys(derive, "'derive'", DeriveKeys, DeriveKeys);
        var kind = derive.Find("fact") is { } f ? reader.Scalar(f.Value, "the derived fact's kind") : null;
        if (kind is not null && !KindNamePattern().IsMatch(kind.Value))
        {
            Diagnostics.Error(
                RuleDiagnosticCodes.BadDerivedKind,
                $"'{YamlScalar.Shorten(kind.Value)}' cannot name a kind of fact: a kind is written in PascalCase, letters and digits only, such as 'TwoTierArea'.",
                kind.Location);
            kind = null;
        }

        var fields = new List<(YamlScalar, YamlScalar)>();
        if (derive.Find("with") is { } w && reader.Mapping(w.Value, "'with'") is { } with)
        {
            if (with.Entries.Count == 0)
            {
                Diagnostics.Error(RuleDiagnosticCodes.EmptyList, "'with' is empty: a derived fact needs at least one field, such as 'county: county'.", with.Location);
            }

            foreach (var entry in with.Entries)
            {
                if (!BindingNamePattern().IsMatch(entry.Key.Value))
                {
                    Diagnostics.Error(
                        RuleDiagnosticCodes.BadDerivedKind,
                        $"'{YamlScalar.Shorten(entry.Key.Value)}' cannot name a field: a field starts with a lowercase letter and has only letters and digits, such as 'county'.",
                        entry.Key.Location);
                    continue;
                }

                if (reader.Scalar(entry.Value, $"the value of '{entry.Key.Value}'") is { } value)
                {
                    if (IsBlank(value))
                    {
                        Diagnostics.Error(RuleDiagnosticCodes.EmptyValue, $"The value of '{entry.Key.Value}' is empty. Write an expression, such as 'county.districts'.", value.Location);
                        continue;
                    }

                    fields.Add((entry.Key, value));
                }
            }
        }

        return kind is null ? null : new DeriveSyntax(kind, fields, location);
    }

    private static bool IsBlank(YamlScalar scalar) => scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value);

    private ElementSyntax? BlankElement(YamlScalar scalar)
    {
        Diagnostics.Error(RuleDiagnosticCodes.EmptyValue, "This element is empty: write a pattern such as 'Post where role == DirectorOfChildrensServices' or a condition.", scalar.Location);
        return null;
    }

    private string? Text(YamlMapping mapping, string key, string what) =>
        mapping.Find(key) is { } entry ? reader.NonEmptyText(entry.Value, what) : null;

    private static string Slug(string text)
    {
        var words = NonWord().Split(CamelBoundary().Replace(text.Trim(), "$1-$2").ToLowerInvariant()).Where(w => w.Length > 0);
        var slug = string.Join('-', words);
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    /// <summary>A rule id: lowercase words (letters and digits) joined by single hyphens, at most 80 characters.</summary>
    [GeneratedRegex(@"^(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagPattern();

    /// <summary>A binding or field name: camelCase letters and digits, at most 64 characters.</summary>
    [GeneratedRegex(@"^[a-z][A-Za-z0-9]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex BindingNamePattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KindNamePattern();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"([a-z0-9])([A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CamelBoundary();
}
