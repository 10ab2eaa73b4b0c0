using System.Collections.Generic;

namespace SystemDesign.Reports;

/// <summary>
/// Where a finding is in source, for a report that shows it (<c>sysdesign grade</c> places each finding as the IDE
/// does). The model carries no positions: a finding names its target, and whoever reads the source locates it.
/// </summary>
/// <param name="Path">The file, as the report shows it.</param>
/// <param name="Start">Zero-based character offset in the file.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Line">One-based line of <paramref name="Start"/>.</param>
/// <param name="Column">One-based column of <paramref name="Start"/>.</param>
public sealed record SourceLocation(string Path, int Start, int Length, int Line, int Column)
{
    /// <summary>The <paramref name="index"/>-th finding's location, or null when there is none.</summary>
    internal static SourceLocation? Of(IReadOnlyList<SourceLocation?>? locations, int index) =>
        locations is not null && index < locations.Count ? locations[index] : null;
}
