namespace SystemDesign.Engine;

/// <summary>
/// The <see cref="Model.Finding.Properties"/> keys the engine writes, besides the knob table's proposals
/// (<see cref="Model.Knob.FixProperty"/>): the analyzer copies them into <c>Diagnostic.Properties</c> under these names,
/// and the code fixes and the solver read them from here.
/// </summary>
public static class FindingKeys
{
    /// <summary>SD1001–SD1004: the tier id, e.g. "T2".</summary>
    public const string Tier = "tier";

    /// <summary>SD1001–SD1004: the catalog type the tier requires, e.g. "cache".</summary>
    public const string Type = "type";

    /// <summary>SD1004: the generic parameter the tier checks, e.g. "hit_rate" or "partitions".</summary>
    public const string Parameter = "parameter";

    /// <summary>SD1004: the value that satisfies the tier's range.</summary>
    public const string Value = "value";

    /// <summary>SD2006: the stream whose partitions cap its consumers.</summary>
    public const string Stream = "stream";

    /// <summary>SD6002: the component the cold cache overloads.</summary>
    public const string Overloaded = "overloaded";

    /// <summary>SD7008: the connections the callers' pools hold open against the database, all instances.</summary>
    public const string Connections = "connections";

    /// <summary>SD7008: the connections the database accepts.</summary>
    public const string Limit = "limit";

    /// <summary>SD7009, SD7011: the database the pool or the client's writes go to.</summary>
    public const string Database = "database";

    /// <summary>SD7010: the primary whose reads the idle replica could take.</summary>
    public const string Primary = "primary";

    /// <summary>SD0019: the closest catalog ids, comma-separated, closest first (a fix offers them).</summary>
    public const string Suggestions = "suggestions";
}
