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

    /// <summary>
    /// The real export, committed under catalog/source (it is the catalog's source), so a clone anywhere can re-import
    /// and compare without the shared folder.
    /// </summary>
    public static string Export => Path.Combine(Catalog, "source", ExportFileName);
}
