using System.Collections.Frozen;
using Governance.Model.Register;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Checks GSS codes against the register of English local authorities and builds references to other authorities.</summary>
internal static class RegisterChecks
{
    /// <summary>Why a file names another authority.</summary>
    public enum Purpose
    {
        /// <summary>A district council of the county the file describes.</summary>
        District,

        /// <summary>A partner in a joint DCS appointment (s18(8)): a children's services authority.</summary>
        JointPartner,

        /// <summary>The authority a board member represents: any council.</summary>
        Represented,
    }

    /// <summary>Checks the file's own code, kind, name and date against the register.</summary>
    public static void CheckOwn(MappingReader reader, FileScope scope, string? code, AuthorityKind? kind, string? name, DateOnly? recordedAsAt)
    {
        var bag = scope.Bag;
        if (kind == AuthorityKind.District)
        {
            var county = code is not null && scope.Register.TryFind(code, out var self) && self.CountyGssCode is { } c &&
                scope.Register.TryFind(c, out var countyEntry)
                    ? $" Describe its county, {countyEntry}, instead."
                    : " Describe the county council of its area instead.";
            bag.Error(
                DiagnosticCodes.NotChildrensServicesAuthority,
                "This file says its authority is a lower-tier district. A district council is not a children's services " +
                "authority (Children Act 2004 s65): it has no Director of Children's Services or Lead Member to check." + county,
                reader.KeyLocation("kind"));
        }

        if (code is null)
        {
            return;
        }

        if (!scope.Register.TryFind(code, out var entry))
        {
            var byName = name is null ? null : scope.Register.FindByName(name).FirstOrDefault();
            var hint = byName is null ? " GSS codes look like E10000024." : $" Did you mean {byName.GssCode}, the code of {byName.OfficialName}?";
            bag.Error(
                DiagnosticCodes.UnknownAuthorityCode,
                $"'{YamlScalar.Shorten(code)}' is not the GSS code of an English local authority in the register.{hint}",
                reader.KeyLocation("code"));
            return;
        }

        if (entry.Kind is not { } registerKind)
        {
            bag.Error(
                DiagnosticCodes.NotACouncil,
                $"{code} is {entry.OfficialName}, {TypeName(entry)}: not a council an authority file may describe. Use the code of a county, unitary, metropolitan district, London borough or the City of London.",
                reader.KeyLocation("code"));
            return;
        }

        if (registerKind == AuthorityKind.District && kind != AuthorityKind.District)
        {
            bag.Error(
                DiagnosticCodes.NotChildrensServicesAuthority,
                $"{code} is {entry.OfficialName}, a lower-tier district council. A district council is not a children's services authority " +
                $"(Children Act 2004 s65): it has no Director of Children's Services or Lead Member to check.{CountyHint(scope, entry)}",
                reader.KeyLocation("code"));
        }
        else if (kind is { } written && written != registerKind && kind != AuthorityKind.District)
        {
            bag.Error(
                DiagnosticCodes.KindDiffersFromRegister,
                $"'kind' is {YamlNames.Of(written)}, but the register says {code}, {entry.OfficialName}, is {KindName(registerKind)}: write 'kind: {YamlNames.Of(registerKind)}', or check the code.",
                reader.KeyLocation("kind"));
        }

        if (name is not null && !SameName(name, entry.OfficialName))
        {
            bag.Warning(
                DiagnosticCodes.NameDiffersFromRegister,
                $"'name' is '{YamlScalar.Shorten(name)}', but the register's official name for {code} is '{entry.OfficialName}'. Use the official name, or check the code.",
                reader.KeyLocation("name"));
        }

        if (recordedAsAt is { } asAt)
        {
            if (entry.End is { } end && asAt >= end)
            {
                bag.Warning(
                    DiagnosticCodes.NotInExistence,
                    $"'recordedAsAt' is {Values.Iso(asAt)}, but the register says {entry.OfficialName} ceased to exist on {Values.Iso(end)}{Successors(scope, entry)}.",
                    reader.KeyLocation("recordedAsAt"));
            }
            else if (entry.Start is { Month: 4, Day: 1 } start && asAt < start)
            {
                // Only 1 April start dates are vesting days of reorganisations; other start dates in the register
                // are the dates its records begin (many 2005 dates), not the dates the councils were created.
                bag.Warning(
                    DiagnosticCodes.NotInExistence,
                    $"'recordedAsAt' is {Values.Iso(asAt)}, but the register says {entry.OfficialName} came into existence on {Values.Iso(start)}.",
                    reader.KeyLocation("recordedAsAt"));
            }
        }
    }

    /// <summary>
    /// Reads a list of GSS codes naming other authorities, checking each for the purpose, and returns references to
    /// the ones that are councils.
    /// </summary>
    public static IReadOnlyList<AuthorityReference> ReadCodes(MappingReader reader, string key, FileScope scope, Purpose purpose)
    {
        var result = new List<AuthorityReference>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in reader.List(key, "GSS codes such as E07000170"))
        {
            if (Values.Text(item, $"an item of '{key}'", required: true, scope.Bag) is not { } code)
            {
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                scope.Bag.Error(
                    DiagnosticCodes.DuplicateId,
                    $"{code} is listed twice in '{key}' (first on line {first.Line}). List each authority once.",
                    item.Location);
                continue;
            }

            seen.Add(code, item.Location);
            if (Resolve(code, item.Location, scope, purpose) is { } reference)
            {
                result.Add(reference);
            }
        }

        return result;
    }

    /// <summary>Checks one GSS code naming another authority and builds a reference to it.</summary>
    public static AuthorityReference? Resolve(string code, SourceLocation at, FileScope scope, Purpose purpose)
    {
        var bag = scope.Bag;
        if (!scope.Register.TryFind(code, out var entry))
        {
            bag.Error(
                DiagnosticCodes.UnknownAuthorityCode,
                $"'{YamlScalar.Shorten(code)}' is not the GSS code of an English local authority in the register. GSS codes look like E07000170.",
                at);
            return null;
        }

        if (entry.Kind is not { } kind)
        {
            bag.Error(
                DiagnosticCodes.NotACouncil,
                $"{code} is {entry.OfficialName}, {TypeName(entry)}, not a council. {PurposeText(purpose)}",
                at);
            return null;
        }

        switch (purpose)
        {
            case Purpose.District when kind != AuthorityKind.District:
                bag.Error(
                    DiagnosticCodes.DistrictNotLowerTier,
                    $"{code} is {entry.OfficialName}, {KindName(kind)}, not a lower-tier district council. 'districts' lists only the district councils of the county's two-tier area.",
                    at);
                return null;
            case Purpose.District when scope.OwnCode is { } own && !string.Equals(entry.CountyGssCode, own, StringComparison.Ordinal):
                var county = entry.CountyGssCode is { } c && scope.Register.TryFind(c, out var countyEntry)
                    ? $"under {countyEntry}"
                    : "under no county";
                bag.Warning(
                    DiagnosticCodes.DistrictOfAnotherCounty,
                    $"{code}, {entry.OfficialName}, is a district, but the register lists it {county}, not under {own}. Check the code.",
                    at);
                break;
            case Purpose.JointPartner when kind == AuthorityKind.District:
                bag.Error(
                    DiagnosticCodes.NotChildrensServicesAuthority,
                    $"{code} is {entry.OfficialName}, a lower-tier district council, which is not a children's services authority. " +
                    $"A joint Director of Children's Services (Children Act 2004 s18(8)) can be shared only with another children's services authority.{CountyHint(scope, entry)}",
                    at);
                return null;
            case Purpose.JointPartner when string.Equals(code, scope.OwnCode, StringComparison.Ordinal):
                bag.Error(
                    DiagnosticCodes.JointWithItself,
                    $"{code} is this file's own authority. 'jointWith' lists the other authorities the post is shared with.",
                    at);
                return null;
        }

        return new AuthorityReference
        {
            Code = entry.GssCode,
            Name = entry.OfficialName,
            Kind = kind,
            Location = at,
            MemberLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { ["Code"] = at }.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    private static string PurposeText(Purpose purpose) => purpose switch
    {
        Purpose.District => "'districts' lists only the district councils of the county's two-tier area.",
        Purpose.JointPartner => "A joint appointment is shared with another children's services authority.",
        _ => "Name the council the member represents.",
    };

    private static string CountyHint(FileScope scope, RegisteredAuthority district) =>
        district.CountyGssCode is { } c && scope.Register.TryFind(c, out var county)
            ? $" Its children's services authority is {county}."
            : string.Empty;

    private static string Successors(FileScope scope, RegisteredAuthority entry)
    {
        var successors = entry.SuccessorGssCodes
            .Select(code => scope.Register.TryFind(code, out var successor) ? successor.ToString() : code)
            .ToArray();
        return successors.Length == 0 ? string.Empty : $" and was replaced by {string.Join(" and ", successors)}";
    }

    private static bool SameName(string written, string official) =>
        string.Equals(string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), official, StringComparison.Ordinal);

    private static string TypeName(RegisteredAuthority entry) => entry.TypeCode switch
    {
        "SRA" => "a strategic regional authority",
        "COMB" => "a combined authority",
        _ => $"a body of type {entry.TypeCode}",
    };

    /// <summary>The kind in words: "a county council".</summary>
    public static string KindName(AuthorityKind kind) => kind switch
    {
        AuthorityKind.County => "a county council",
        AuthorityKind.Unitary => "a unitary authority",
        AuthorityKind.MetropolitanDistrict => "a metropolitan district",
        AuthorityKind.LondonBorough => "a London borough",
        AuthorityKind.CityOfLondon => "the City of London",
        _ => "a lower-tier district council",
    };
}
