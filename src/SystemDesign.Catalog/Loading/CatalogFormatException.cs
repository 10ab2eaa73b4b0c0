using System;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// A catalog file that does not have the documented shape. The message names the file, the field
/// (as a JSON path) and what was expected there, so the fix is obvious.
/// </summary>
public sealed class CatalogFormatException : Exception
{
    /// <summary>Creates the exception for a file and a JSON path.</summary>
    public CatalogFormatException(string file, string path, string expected)
        : base($"{file}: {path}: expected {expected}.")
    {
        File = file;
        Path = path;
        Expected = expected;
    }

    /// <summary>The file (or resource) name.</summary>
    public string File { get; }

    /// <summary>The JSON path of the offending field, e.g. <c>$.tiers[2].requirements[0].count</c>.</summary>
    public string Path { get; }

    /// <summary>What the field should have held.</summary>
    public string Expected { get; }
}
