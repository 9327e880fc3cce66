using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Model.Register;

/// <summary>
/// The register of English local authorities, past and present: GSS code, official name, kind, dates and county.
/// </summary>
/// <remarks>
/// <para>
/// The data is the embedded <c>england-local-authorities.csv</c>, from mySociety's
/// uk_local_authority_names_and_codes (MIT licence, copyright (c) 2021 mySociety); see <c>Register/README.md</c>.
/// </para>
/// <para>
/// Dates: an authority exists from its start date (inclusive) to its end (exclusive). The source writes end dates
/// in two ways: some rows give the old authority's last day (Bournemouth ends 2019-03-31, its successor starts
/// 2019-04-01), others the successor's first day (Cumbria ends 2023-04-01, the day Cumberland starts). Taking
/// either literally as exclusive would make Dorset, Bournemouth and Poole vanish a day early on 2019-03-31; taking
/// it as inclusive would count Cumbria and Cumberland together on 2023-04-01. So the written end is turned into
/// an exclusive end by this rule:
/// </para>
/// <list type="number">
/// <item>When the row names successors (<c>replaced-by</c>) and the earliest successor's start date is the written
/// end or the day after it, the authority ceased the day its successor began: that start date is the exclusive end.</item>
/// <item>Otherwise, an end date of 31 March is read as the last day, because English reorganisations take effect on
/// 1 April, so the exclusive end is the next day; any other end date is read as already exclusive.</item>
/// </list>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed partial class AuthorityRegister
{
    private const string ResourceName = "Governance.Model.Register.england-local-authorities.csv";

    private static readonly Lazy<AuthorityRegister> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, RegisteredAuthority> byGssCode;

    private AuthorityRegister(IReadOnlyList<RegisteredAuthority> authorities)
    {
        All = authorities;
        byGssCode = authorities.ToFrozenDictionary(a => a.GssCode, StringComparer.Ordinal);
    }

    /// <summary>The register embedded in this assembly.</summary>
    public static AuthorityRegister Default => Embedded.Value;

    /// <summary>Every authority in the register, in the register's order.</summary>
    public IReadOnlyList<RegisteredAuthority> All { get; }

    /// <summary>Finds an authority by its GSS code.</summary>
    /// <param name="gssCode">The GSS code, for example <c>E10000024</c>.</param>
    /// <param name="authority">The authority, when found.</param>
    public bool TryFind(string gssCode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RegisteredAuthority? authority) =>
        byGssCode.TryGetValue(gssCode, out authority);

    /// <summary>The councils whose official name is the given name (ignoring case and runs of spaces).</summary>
    /// <param name="name">The name.</param>
    public IEnumerable<RegisteredAuthority> FindByName(string name)
    {
        var wanted = NormaliseName(name);
        return All.Where(a => a.IsCouncil && string.Equals(a.OfficialName, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The children's services authorities that existed on a day.</summary>
    /// <param name="day">The day.</param>
    public IEnumerable<RegisteredAuthority> ChildrensServicesAuthoritiesOn(DateOnly day) =>
        All.Where(a => a.IsChildrensServicesAuthority && a.ExistsOn(day));

    /// <summary>Reads a register from CSV text with the columns of the embedded file.</summary>
    /// <param name="csv">The CSV text, header first.</param>
    /// <exception cref="FormatException">The text is not a register.</exception>
    internal static AuthorityRegister Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var records = RegisterCsv.Records(csv).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("The register is empty.");
        }

        var header = records.Current;
        int Column(string name, bool required = true)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return required ? throw new FormatException($"The register has no '{name}' column.") : -1;
        }

        var gss = Column("gss-code");
        var letters = Column("local-authority-code");
        var name = Column("official-name");
        var type = Column("local-authority-type");
        var start = Column("start-date");
        var end = Column("end-date");
        var replacedBy = Column("replaced-by");
        var county = Column("county-la");
        var region = Column("region", required: false);

        var rows = new List<IReadOnlyList<string>>();
        while (records.MoveNext())
        {
            if (records.Current.Count == 1 && records.Current[0].Length == 0)
            {
                continue;
            }

            if (records.Current.Count != header.Count)
            {
                throw new FormatException($"Register row {rows.Count + 2} has {records.Current.Count} fields; the header has {header.Count}.");
            }

            rows.Add(records.Current);
        }

        var byLetters = rows.ToDictionary(r => r[letters], StringComparer.Ordinal);
        var authorities = rows.Select(r => new RegisteredAuthority(
                GssCode: r[gss],
                LetterCode: r[letters],
                OfficialName: NormaliseName(r[name]),
                TypeCode: r[type],
                Kind: KindOf(r[type]),
                Start: ParseDate(r[start]),
                WrittenEnd: ParseDate(r[end]),
                End: ExclusiveEnd(ParseDate(r[end]), Successors(r[replacedBy], byLetters).Select(s => ParseDate(s[start]))),
                CountyGssCode: byLetters.TryGetValue(r[county], out var c) ? c[gss] : null,
                SuccessorGssCodes: Successors(r[replacedBy], byLetters).Select(s => s[gss]).ToArray(),
                Region: region >= 0 ? r[region].Trim() : string.Empty))
            .ToArray();
        return new AuthorityRegister(authorities);
    }

    /// <summary>The kind of council a register type code stands for; <see langword="null"/> for SRA, COMB and unknown codes.</summary>
    /// <param name="typeCode">The register's type code.</param>
    internal static AuthorityKind? KindOf(string typeCode) => typeCode switch
    {
        "CTY" => AuthorityKind.County,
        "UA" => AuthorityKind.Unitary,
        "MD" => AuthorityKind.MetropolitanDistrict,
        "LBO" => AuthorityKind.LondonBorough,
        "CC" => AuthorityKind.CityOfLondon,
        "NMD" => AuthorityKind.District,
        _ => null,
    };

    /// <summary>Applies the end-date rule described on this class.</summary>
    /// <param name="writtenEnd">The end date as written.</param>
    /// <param name="successorStarts">The start dates of the successors the row names.</param>
    internal static DateOnly? ExclusiveEnd(DateOnly? writtenEnd, IEnumerable<DateOnly?> successorStarts)
    {
        if (writtenEnd is not { } end)
        {
            return null;
        }

        var known = successorStarts.OfType<DateOnly>().ToArray();
        if (known.Length > 0)
        {
            var earliest = known.Min();
            if (earliest == end || earliest == end.AddDays(1))
            {
                return earliest;
            }
        }

        return end is { Month: 3, Day: 31 } ? end.AddDays(1) : end;
    }

    private static IEnumerable<IReadOnlyList<string>> Successors(
        string replacedBy, Dictionary<string, IReadOnlyList<string>> byLetters) =>
        replacedBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(byLetters.ContainsKey)
            .Select(code => byLetters[code]);

    private static DateOnly? ParseDate(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string NormaliseName(string name) => Spaces().Replace(name.Trim(), " ");

    private static AuthorityRegister LoadEmbedded()
    {
        using var stream = typeof(AuthorityRegister).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded register '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
