namespace SystemDesign.Catalog.Loading;

/// <summary>How problem files name a <see cref="ReplicationModel"/> (<c>referenceSolution.replication.model</c>), one table.</summary>
public static class ReplicationModels
{
    private static readonly string[] Keys = ["consensus"];

    /// <summary>The names in the enum's order, as an error lists them.</summary>
    public static string Listed => string.Join(", ", Keys);

    /// <summary>The file name of <paramref name="model"/>: "consensus".</summary>
    /// <param name="model">A model.</param>
    /// <returns>Its name in JSON.</returns>
    public static string Key(ReplicationModel model) => Keys[(int)model];

    /// <summary>The model a file names, or null for a name that is none.</summary>
    /// <param name="key">The name, e.g. "consensus".</param>
    /// <returns>The model, or null.</returns>
    public static ReplicationModel? Parse(string key)
    {
        var index = System.Array.IndexOf(Keys, key);
        return index < 0 ? null : (ReplicationModel)index;
    }
}
