using System;
using System.Globalization;

namespace SystemDesign.Importer;

/// <summary>
/// Malformed input. The message names the place (the file, the problem number and id when known, the line
/// number in the export or the path in the override file) and what was expected there, so it can be fixed
/// without a debugger.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private ImportException(string? problem, int lineNumber, string detail, string? file, Exception? inner)
        : base(Format(problem, lineNumber, detail, file), inner)
    {
        Problem = problem;
        LineNumber = lineNumber;
        Detail = detail;
    }

    /// <summary>The problem the error is in ("#12 (some-id)"), when known.</summary>
    public string? Problem { get; }

    /// <summary>The line of the export, for errors made by <see cref="AtLine"/>.</summary>
    public int? LineNumber { get; }

    /// <summary>What is wrong and what was expected, without the place.</summary>
    public string? Detail { get; }

    /// <summary>An error at a line of the export, inside a problem when <paramref name="problem"/> is given.</summary>
    public static ImportException AtLine(string? problem, int lineNumber, string message) => new(problem, lineNumber, message, null, null);

    /// <summary>The same error naming the file it is in: "problem #1 (x), line 80 of export.txt: ...".</summary>
    public ImportException InFile(string file) =>
        LineNumber is { } line ? new(Problem, line, Detail!, file, this) : new(file + ": " + Message, this);

    private static string Format(string? problem, int lineNumber, string detail, string? file)
    {
        var place = "line " + lineNumber.ToString(CultureInfo.InvariantCulture) + (file is null ? string.Empty : " of " + file);
        return problem is null ? $"{place}: {detail}" : $"problem {problem}, {place}: {detail}";
    }
}
