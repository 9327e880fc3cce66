using BenchmarkDotNet.Running;

namespace Governance.Benchmarks;

/// <summary>The benchmark runner: <c>dotnet run -c Release --project bench/Governance.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
