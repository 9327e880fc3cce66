using BenchmarkDotNet.Attributes;
using Governance.Corpus;

namespace Governance.Benchmarks.Benchmarks;

/// <summary>
/// Reading, parsing and validating the authority files into the model with <c>AuthorityLoader</c>, file by file,
/// for 1, 10 and 100 copies of England (152, 1,520 and 15,200 files). Time and memory should grow linearly.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private CorpusFolder? folder;
    private string[] files = [];

    /// <summary>How many copies of England are loaded.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Writes the corpus to a temporary folder and checks that every file loads without error.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = CorpusFolder.Write(Scale);
        files = [.. folder.AllFiles];
        _ = CorpusFolder.LoadOneByOne(files.Take(EnglandCorpus.Files.Count));
    }

    /// <summary>Deletes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => folder?.Dispose();

    /// <summary>Every file: read, parse YAML, build and validate the model.</summary>
    [Benchmark]
    public int LoadAuthorityFiles() => CorpusFolder.LoadOneByOne(files).Count;
}
