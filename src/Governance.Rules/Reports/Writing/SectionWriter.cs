namespace Governance.Rules.Reports.Writing;

/// <summary>
/// Writes a report in sections separated by one empty line: the separator is written only between sections, so a
/// report never starts with an empty line, whichever section comes first.
/// </summary>
/// <param name="output">Where the lines go.</param>
internal sealed class SectionWriter(TextWriter output)
{
    private bool written;
    private bool sectionStarted;

    /// <summary>Starts a new section: its first line will be preceded by an empty line, unless it is the report's first.</summary>
    public void StartSection() => sectionStarted = true;

    /// <summary>Writes one line of the current section.</summary>
    /// <param name="line">The line.</param>
    public void Line(string line)
    {
        if (sectionStarted && written)
        {
            output.WriteLine();
        }

        sectionStarted = false;
        written = true;
        output.WriteLine(line);
    }
}
