using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Governance.Corpus;
using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Engine;
using Governance.Rules.Evaluation.Running;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// One authority far larger than any council's: Wigan's sample with N more directors of children's services and N more
/// directors of adult social services, held by different people (every hundredth by the same one), evaluated by every
/// shipped rule. <see cref="Keyed"/> looks the joins on a key up in an index, as a session of 2,000 facts or more does
/// by default (<c>EngineOptions.IndexJoinsFrom</c>); <see cref="Plain"/> leaves every join to NRules, which tries every
/// pair, as a smaller session does. The first grows with N, the second with its square; the crossing is where the
/// default is set.
/// </summary>
[MemoryDiagnoser]
public class LargeAuthorityBenchmarks
{
    private CompiledRules rules = null!;
    private List<object> facts = [];
    private EngineOptions indexed = null!;
    private EngineOptions plain = null!;

    /// <summary>How many more of each director the authority has.</summary>
    [Params(100, 400, 1600, 3200)]
    public int Directors { get; set; }

    /// <summary>Compiles the shipped rules both ways and loads the authority; checks both find the same.</summary>
    [GlobalSetup]
    public void Setup()
    {
        rules = ShippedRules.Load().Compiled;
        var authority = WiganWithMore(Directors);
        indexed = new EngineOptions { AsAt = authority.RecordedAsAt, IndexJoinsFrom = 0 };
        plain = new EngineOptions { AsAt = authority.RecordedAsAt, IndexJoinsFrom = int.MaxValue };
        facts = [.. AuthorityFacts.Of([authority.InForceOn(authority.RecordedAsAt)], rules.MayRead)];
        if (Keyed() != Plain() || Keyed() < Directors / 100)
        {
            throw new InvalidOperationException("The keyed and the plain joins do not find the same.");
        }
    }

    /// <summary>Every shipped rule, joins on a key looked up by key.</summary>
    [Benchmark]
    public int Keyed() => rules.Evaluate(facts, indexed).Matches.Count;

    /// <summary>Every shipped rule, every join trying every pair.</summary>
    [Benchmark(Baseline = true)]
    public int Plain() => rules.Evaluate(facts, plain).Matches.Count;

    private static Authority WiganWithMore(int directors)
    {
        var wigan = File.ReadAllText(Path.Combine(ShippedRules.RepositoryRoot, "samples", "authorities", "wigan.yaml"));
        var people = new StringBuilder();
        var posts = new StringBuilder();
        for (var i = 0; i < directors; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"  - {{ id: director-{i}, name: Director {i}, type: officer }}\n");
            people.Append(CultureInfo.InvariantCulture, $"  - {{ id: adults-{i}, name: Adults Director {i}, type: officer }}\n");
            posts.Append(CultureInfo.InvariantCulture, $"  - {{ id: dcs-{i}, role: directorOfChildrensServices, holder: director-{i}, start: 2008-01-01 }}\n");
            var adults = i % 100 == 0 ? "director" : "adults";
            posts.Append(CultureInfo.InvariantCulture, $"  - {{ id: dass-{i}, role: directorOfAdultSocialServices, holder: {adults}-{i}, start: 2008-01-01 }}\n");
        }

        var text = wigan
            .Replace("people:\n", "people:\n" + people, StringComparison.Ordinal)
            .Replace("posts:\n", "posts:\n" + posts, StringComparison.Ordinal);
        return AuthorityLoader.LoadText(text, "wigan.yaml").Authorities.Single();
    }
}
