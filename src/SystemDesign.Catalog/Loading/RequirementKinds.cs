namespace SystemDesign.Catalog.Loading;

/// <summary>How files name a <see cref="RequirementKind"/>: the problem files' <c>kind</c> and the JSON report's, one table.</summary>
public static class RequirementKinds
{
    private static readonly string[] Keys = ["mustInclude", "minimumCount", "connectionFrom", "parameterRange"];

    /// <summary>The names in the enum's order, as an error lists them: "mustInclude, minimumCount, ...".</summary>
    public static string Listed => string.Join(", ", Keys);

    /// <summary>The file name of <paramref name="kind"/>: "mustInclude".</summary>
    /// <param name="kind">A kind.</param>
    /// <returns>Its name in JSON.</returns>
    public static string Key(RequirementKind kind) => Keys[(int)kind];

    /// <summary>The kind a file names, or null for a name that is none.</summary>
    /// <param name="key">The name, e.g. "minimumCount".</param>
    /// <returns>The kind, or null.</returns>
    public static RequirementKind? Parse(string key)
    {
        var index = System.Array.IndexOf(Keys, key);
        return index < 0 ? null : (RequirementKind)index;
    }
}
