using System;
using System.IO;
using Microsoft.CodeAnalysis;
using SourceLocation = SystemDesign.Reports.SourceLocation;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// Paths as the report shows them: relative to the current folder when below it (so a terminal or editor opens
/// <c>path(line,col)</c> as printed, and a report does not change with where the clone lives), absolute otherwise.
/// </summary>
internal sealed class DisplayPaths(string currentDirectory)
{
    private readonly string root = Path.GetFullPath(currentDirectory);

    public string Display(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    /// <summary>The location as a report shows it, with a display path; an empty one for <see cref="Location.None"/>.</summary>
    public SourceLocation Span(Location location)
    {
        var line = location.GetLineSpan();
        return new SourceLocation(
            Display(line.Path ?? string.Empty),
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            line.StartLinePosition.Line + 1,
            line.StartLinePosition.Character + 1);
    }
}
