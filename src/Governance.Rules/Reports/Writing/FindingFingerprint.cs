using System.Security.Cryptography;
using System.Text;

namespace Governance.Rules.Reports.Writing;

/// <summary>
/// A finding's identity across runs: a hash of its rule, its authority and the facts it matched (their names and
/// descriptions), but not of where they are written, so a finding keeps its identity when lines move in the file.
/// It is written as SARIF's <c>partialFingerprints</c> and as the JSON report's <c>fingerprint</c>, and a baseline
/// matches findings by it.
/// </summary>
internal static class FindingFingerprint
{
    /// <summary>The key of the fingerprint in SARIF's <c>partialFingerprints</c>.</summary>
    public const string SarifKey = "governanceFinding/v1";

    /// <summary>The finding's fingerprint: 32 hexadecimal digits.</summary>
    /// <param name="finding">The finding.</param>
    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Of(finding.RuleId, finding.AuthorityCode, finding.Evidence.Select(e => (e.Name, e.Description)));
    }

    /// <summary>The fingerprint of a finding given by its parts (as a JSON result records them).</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="authorityCode">The authority's code.</param>
    /// <param name="evidence">The facts matched: each one's name and description.</param>
    public static string Of(string ruleId, string authorityCode, IEnumerable<(string Name, string Description)> evidence)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, ruleId);
        Append(hash, authorityCode);
        foreach (var (name, description) in evidence)
        {
            Append(hash, name);
            Append(hash, description);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
