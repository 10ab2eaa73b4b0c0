using System;

namespace SystemDesign.Importer;

/// <summary>
/// Malformed input. The message names the place (problem number and id when known, the line number in
/// the export or the override file) and what was expected there, so it can be fixed without a debugger.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error at a line of the export, inside a problem when <paramref name="problem"/> is given.</summary>
    public static ImportException AtLine(string? problem, int lineNumber, string message) =>
        new(problem is null
            ? $"line {lineNumber}: {message}"
            : $"problem {problem}, line {lineNumber}: {message}");
}
