using System.CommandLine;
using System.CommandLine.Invocation;

namespace Governance.Cli.CommandLine;

/// <summary>
/// Prints the tool's own version for <c>--version</c>. System.CommandLine's default prints the version of the process's
/// entry assembly, which is not this tool when it runs inside another program (a test host, for example).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ToolInfo.Version);
        return ExitCodes.Success;
    }
}
