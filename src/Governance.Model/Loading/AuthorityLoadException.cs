using System.Globalization;
using System.Text;

namespace Governance.Model.Loading;

/// <summary>
/// Thrown by the <c>...OrThrow</c> methods of <see cref="AuthorityLoader"/> when loading finds errors; carries every
/// diagnostic, warnings included.
/// </summary>
public sealed class AuthorityLoadException : Exception
{
    private const int ErrorsInMessage = 10;

    /// <summary>Creates the exception with no diagnostics.</summary>
    public AuthorityLoadException()
        : this("Authority files could not be loaded.")
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">The message.</param>
    public AuthorityLoadException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no diagnostics.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public AuthorityLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception for the diagnostics of a load; the message lists the first errors.</summary>
    /// <param name="diagnostics">All diagnostics of the load.</param>
    public AuthorityLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>All diagnostics of the load, errors and warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Authority files could not be loaded: {errors.Count} error(s).");
        foreach (var error in errors.Take(ErrorsInMessage))
        {
            text.Append('\n').Append(error);
        }

        if (errors.Count > ErrorsInMessage)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n... and {errors.Count - ErrorsInMessage} more.");
        }

        return text.ToString();
    }
}
