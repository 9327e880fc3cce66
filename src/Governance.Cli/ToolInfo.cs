using System.Reflection;
using Governance.Rules.Reports;

namespace Governance.Cli;

/// <summary>The tool's name and version, as printed by <c>--version</c> and written into every report.</summary>
internal static class ToolInfo
{
    /// <summary>The name of the command, as installed.</summary>
    public const string CommandName = "governance";

    /// <summary>The environment variable that turns on <c>--verbose</c> for every run.</summary>
    public const string VerboseVariable = "GOVERNANCE_VERBOSE";

    /// <summary>The tool's version, for example <c>0.1.0</c>, with the source revision when the build knew it.</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The tool as reports name it.</summary>
    public static ReportTool Report { get; } = new(CommandName, Version);
}
