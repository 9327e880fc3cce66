using System.Globalization;
using Governance.Model;
using Governance.Model.Register;

namespace Governance.Rules.Reports.Html;

/// <summary>What one cell of the matrix says about one authority and one rule.</summary>
internal enum CellState
{
    /// <summary>The rule was in force and found nothing.</summary>
    Met,

    /// <summary>The worst open finding is a note.</summary>
    Note,

    /// <summary>The worst open finding is a warning.</summary>
    Warning,

    /// <summary>The worst open finding is an error.</summary>
    Error,

    /// <summary>Every finding was departed from, with reasons.</summary>
    Departed,

    /// <summary>The rule was not in force on the date the authority was judged as at.</summary>
    NotInForce,

    /// <summary>The rule failed at run time for the authority: neither a pass nor a finding.</summary>
    Unknown,
}

/// <summary>A column of the matrix: one rule that reports findings, where it sits in the guidance, and whether it was in force.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Group">The part of the guidance the rule's first citation sits in, which heads a group of columns.</param>
/// <param name="Order">The column's place in guidance order.</param>
/// <param name="InForce">Whether the rule was in force at the as-at date.</param>
internal sealed record MatrixColumn(RuleInfo Rule, string Group, int Order, bool InForce)
{
    /// <summary>The paragraphs or provisions the column is headed by.</summary>
    public IReadOnlyList<string> Paragraphs => Rule.Citation.Paragraphs;
}

/// <summary>One cell: its state and the findings and rule errors behind it.</summary>
/// <param name="State">What the cell says.</param>
/// <param name="Findings">The findings of the rule about the authority, open first.</param>
/// <param name="Errors">The rule's run-time errors for the authority.</param>
internal sealed record MatrixCell(CellState State, IReadOnlyList<Finding> Findings, IReadOnlyList<RuleError> Errors);

/// <summary>A row of the matrix: one authority, what the register says of it, and one cell per column.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Anchor">The id of its section in the page.</param>
/// <param name="Region">The English region the register names for it, or empty.</param>
/// <param name="Cells">One cell per column, in column order.</param>
/// <param name="Findings">Every finding about the authority, in the evaluation's order.</param>
/// <param name="Errors">Every rule error for the authority.</param>
internal sealed record MatrixRow(
    Authority Authority,
    string Anchor,
    string Region,
    IReadOnlyList<MatrixCell> Cells,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleError> Errors)
{
    /// <summary>How many findings stand (are not departed from).</summary>
    public int OpenCount => Findings.Count(f => f.Status == FindingStatus.Open);

    /// <summary>The worst state among the cells, in <see cref="MatrixModel.Rank"/> order.</summary>
    public CellState Worst => Cells.Count == 0 ? CellState.Met : Cells.MaxBy(c => MatrixModel.Rank(c.State))!.State;
}

/// <summary>How many authorities fall short of one paragraph or provision, by their worst open finding on it.</summary>
/// <param name="Paragraph">The paragraph or provision, for example <c>3.13</c> or <c>s18(1)</c>.</param>
/// <param name="Rules">The columns that cite it.</param>
/// <param name="Errors">Authorities whose worst open finding on it is an error.</param>
/// <param name="Warnings">... a warning.</param>
/// <param name="Notes">... a note.</param>
/// <param name="Departed">Authorities with findings on it that were all departed from.</param>
internal sealed record ParagraphTally(string Paragraph, IReadOnlyList<MatrixColumn> Rules, int Errors, int Warnings, int Notes, int Departed)
{
    /// <summary>Authorities with an open finding on the paragraph.</summary>
    public int Short => Errors + Warnings + Notes;

    /// <summary>Whether any rule citing the paragraph was in force.</summary>
    public bool InForce => Rules.Any(r => r.InForce);
}

/// <summary>
/// The report's content, worked out once from the evaluation: the columns (rules that report findings, in guidance
/// order), the rows (authorities, by name) with their cells, and the tally per paragraph. The page only writes it out.
/// </summary>
internal sealed class MatrixModel
{
    private MatrixModel(EvaluationResult result, IReadOnlyList<MatrixColumn> columns, IReadOnlyList<MatrixRow> rows, IReadOnlyList<ParagraphTally> paragraphs)
    {
        Result = result;
        Columns = columns;
        Rows = rows;
        Paragraphs = paragraphs;
    }

    /// <summary>The evaluation.</summary>
    public EvaluationResult Result { get; }

    /// <summary>The columns, in guidance order.</summary>
    public IReadOnlyList<MatrixColumn> Columns { get; }

    /// <summary>The rows, by authority name.</summary>
    public IReadOnlyList<MatrixRow> Rows { get; }

    /// <summary>The paragraphs the columns cite, in guidance order (provisions of the Act first).</summary>
    public IReadOnlyList<ParagraphTally> Paragraphs { get; }

    /// <summary>How much a state counts when rows and columns are sorted: the worst is the highest.</summary>
    public static int Rank(CellState state) => state switch
    {
        CellState.Error => 6,
        CellState.Warning => 5,
        CellState.Note => 4,
        CellState.Unknown => 3,
        CellState.Departed => 2,
        CellState.Met => 1,
        _ => 0,
    };

    /// <summary>Works out the report's content.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="rules">The rules of the rule set.</param>
    /// <param name="authorities">The authorities evaluated (others are left out).</param>
    public static MatrixModel Build(EvaluationResult result, IReadOnlyList<RuleInfo> rules, IReadOnlyList<Authority> authorities)
    {
        var columns = ColumnsOf(result, rules);
        var evaluated = result.AuthoritiesEvaluated.ToHashSet(StringComparer.Ordinal);
        var findingsBy = result.Findings.ToLookup(f => f.AuthorityCode, StringComparer.Ordinal);
        var errorsBy = result.Errors.Where(e => e.AuthorityCode is not null).ToLookup(e => e.AuthorityCode!, StringComparer.Ordinal);
        var errorsForAll = result.Errors.Where(e => e.AuthorityCode is null).ToList();
        var anchors = new HashSet<string>(StringComparer.Ordinal);

        var rows = authorities
            .Where(a => evaluated.Contains(a.Code))
            .DistinctBy(a => a.Code, StringComparer.Ordinal)
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Code, StringComparer.Ordinal)
            .Select(authority =>
            {
                var findings = findingsBy[authority.Code].ToList();
                var errors = errorsBy[authority.Code].Concat(errorsForAll).ToList();
                var cells = columns.Select(c => Cell(c, findings, errors)).ToList();
                return new MatrixRow(authority, Anchor(authority.Code, anchors), RegionOf(authority.Code), cells, findings, errors);
            })
            .ToList();

        return new MatrixModel(result, columns, rows, Tally(columns, rows));
    }

    /// <summary>The part of the guidance a citation sits in: the Act for a provision, else the paragraph's section number.</summary>
    public static string GroupOf(Citation citation)
    {
        var first = citation.Paragraphs.Count > 0 ? citation.Paragraphs[0] : string.Empty;
        if (IsProvision(first))
        {
            return "The Act";
        }

        var dot = first.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? $"Section {first[..dot]}" : citation.Document;
    }

    /// <summary>A sort key that puts paragraphs in the guidance's own order: provisions of the Act, then 1.1, 1.2, ... 1.10.</summary>
    public static string OrderKey(string paragraph)
    {
        var digits = new System.Text.StringBuilder(IsProvision(paragraph) ? "0" : "1");
        var number = 0;
        var inNumber = false;
        foreach (var c in paragraph)
        {
            if (char.IsAsciiDigit(c))
            {
                number = Math.Min(number * 10 + (c - '0'), 9999);
                inNumber = true;
                continue;
            }

            if (inNumber)
            {
                digits.Append(number.ToString("D4", CultureInfo.InvariantCulture));
                number = 0;
                inNumber = false;
            }

            digits.Append(c);
        }

        if (inNumber)
        {
            digits.Append(number.ToString("D4", CultureInfo.InvariantCulture));
        }

        return digits.ToString();
    }

    private static bool IsProvision(string paragraph) => paragraph.StartsWith('s');

    private static List<MatrixColumn> ColumnsOf(EvaluationResult result, IReadOnlyList<RuleInfo> rules)
    {
        var inForce = result.RulesInForce.ToHashSet(StringComparer.Ordinal);
        var reporting = rules.Where(r => r.Obligation is not null).DistinctBy(r => r.Id, StringComparer.Ordinal).ToList();
        var known = reporting.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        // The built-in checks of departures run in every evaluation; they get a column only where they found something.
        var found = result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        reporting.AddRange(RuleSet.DepartureChecks.Where(c => found.Contains(c.Id) && !known.Contains(c.Id)));
        var builtIn = RuleSet.DepartureChecks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        return reporting
            .OrderBy(r => r.Citation.Paragraphs.Count > 0 ? OrderKey(r.Citation.Paragraphs[0]) : "2", StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select((r, i) => new MatrixColumn(r, GroupOf(r.Citation), i, inForce.Contains(r.Id) || builtIn.Contains(r.Id)))
            .ToList();
    }

    private static MatrixCell Cell(MatrixColumn column, List<Finding> findings, List<RuleError> errors)
    {
        var mine = findings
            .Where(f => string.Equals(f.RuleId, column.Rule.Id, StringComparison.Ordinal))
            .OrderBy(f => f.Status)
            .ThenBy(f => f.Severity)
            .ToList();
        var failed = errors.Where(e => string.Equals(e.RuleId, column.Rule.Id, StringComparison.Ordinal)).ToList();
        var open = mine.Where(f => f.Status == FindingStatus.Open).ToList();
        var state = open.Count > 0
            ? open.Min(f => f.Severity) switch
            {
                Severity.Error => CellState.Error,
                Severity.Warning => CellState.Warning,
                _ => CellState.Note,
            }
            : failed.Count > 0 ? CellState.Unknown
            : mine.Count > 0 ? CellState.Departed
            : column.InForce ? CellState.Met
            : CellState.NotInForce;
        return new MatrixCell(state, mine, failed);
    }

    private static List<ParagraphTally> Tally(IReadOnlyList<MatrixColumn> columns, IReadOnlyList<MatrixRow> rows)
    {
        var paragraphs = columns
            .SelectMany(c => c.Paragraphs.Select(p => (Paragraph: p, Column: c)))
            .GroupBy(x => x.Paragraph, StringComparer.Ordinal)
            .OrderBy(g => OrderKey(g.Key), StringComparer.Ordinal)
            .ToList();
        var tallies = new List<ParagraphTally>();
        foreach (var paragraph in paragraphs)
        {
            var indexes = paragraph.Select(x => x.Column.Order).ToList();
            int errors = 0, warnings = 0, notes = 0, departed = 0;
            foreach (var row in rows)
            {
                var states = indexes.Select(i => row.Cells[i].State).ToList();
                if (states.Contains(CellState.Error))
                {
                    errors++;
                }
                else if (states.Contains(CellState.Warning))
                {
                    warnings++;
                }
                else if (states.Contains(CellState.Note))
                {
                    notes++;
                }
                else if (states.Contains(CellState.Departed))
                {
                    departed++;
                }
            }

            tallies.Add(new ParagraphTally(paragraph.Key, [.. paragraph.Select(x => x.Column)], errors, warnings, notes, departed));
        }

        return tallies;
    }

    private static string RegionOf(string code) =>
        AuthorityRegister.Default.TryFind(code, out var registered) ? registered.Region : string.Empty;

    private static string Anchor(string code, HashSet<string> taken)
    {
        var safe = new string([.. code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var anchor = "a-" + safe;
        for (var n = 2; !taken.Add(anchor); n++)
        {
            anchor = $"a-{safe}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return anchor;
    }
}
