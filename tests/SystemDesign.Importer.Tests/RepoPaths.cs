using System;
using System.IO;
using SystemDesign.TestSupport;

namespace SystemDesign.Importer.Tests;

/// <summary>Locations in the repository (<see cref="RepositoryRoot"/>) the importer tests read.</summary>
internal static class RepoPaths
{
    public const string ExportFileName = "004_8b9a9769bbf4307b.txt";

    public static string Root { get; } = RepositoryRoot.Path;

    public static string Catalog => Path.Combine(Root, "catalog");

    public static string Fixtures => Path.Combine(Root, "tests", "SystemDesign.Importer.Tests", "Fixtures");

    public static string Excerpt => Path.Combine(Fixtures, "excerpt.txt");

    public static string ExcerptOverrides => Path.Combine(Fixtures, "excerpt-overrides.json");

    public static string ExcerptVerified => Path.Combine(Fixtures, "excerpt.verified");

    /// <summary>The real export (../shared/seeds next to the repository). Fails clearly when absent: CI always has it.</summary>
    public static string Export
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", ExportFileName));
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The catalog export is missing: expected {path} (the shared folder next to the repository). " +
                    "The full-export tests need it; CI always provides it.");
            }

            return path;
        }
    }
}
