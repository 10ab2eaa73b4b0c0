namespace SystemDesign.Catalog;

/// <summary>
/// Which part of the problem's workload a client type emits: its role. A <c>redirect_client</c> sends the
/// redirects (reads), a <c>create_client</c> the creates (writes), an <c>analyst_client</c> the analytical queries
/// (reads, never the user traffic); a plain <c>client</c> sends both. The role lives
/// in the registry (<c>"emits"</c> on a type of kind <c>client</c>), never in a check of the type's name.
/// </summary>
public enum ClientRole
{
    /// <summary>Reads and writes alike (no <c>emits</c> in the registry).</summary>
    All,

    /// <summary>The workload's reads only (<c>"emits": "reads"</c>).</summary>
    Reads,

    /// <summary>The workload's writes only (<c>"emits": "writes"</c>).</summary>
    Writes,

    /// <summary>
    /// The analytical queries (<c>"emits": "queries"</c>): reads, and never the writes a class no other client emits
    /// falls back to. Alone among reading clients it sends the problem's reads; beside user clients that read, only the
    /// share or rate the design states for it (docs/workload.md, "Who sends the reads and the writes").
    /// </summary>
    Queries,
}

/// <summary>Reading and naming <see cref="ClientRole"/> as the registry writes it.</summary>
public static class ClientRoles
{
    /// <summary>The registry's word for <paramref name="role"/>: <c>all</c>, <c>reads</c>, <c>writes</c> or <c>queries</c>.</summary>
    public static string Name(this ClientRole role) => role switch
    {
        ClientRole.Reads => "reads",
        ClientRole.Writes => "writes",
        ClientRole.Queries => "queries",
        _ => "all",
    };

    /// <summary>The role the registry word names, or null for a word that is none.</summary>
    public static ClientRole? Parse(string word) => word switch
    {
        "all" => ClientRole.All,
        "reads" => ClientRole.Reads,
        "writes" => ClientRole.Writes,
        "queries" => ClientRole.Queries,
        _ => null,
    };

    /// <summary>True when a client of this role emits reads.</summary>
    public static bool EmitsReads(this ClientRole role) => role != ClientRole.Writes;

    /// <summary>True when a client of this role emits writes.</summary>
    public static bool EmitsWrites(this ClientRole role) => role is ClientRole.All or ClientRole.Writes;

    /// <summary>
    /// True when a client of this role sends a class no client's role includes (the export's generic client is a
    /// <c>redirect_client</c> and sends the writes too); an analysts' client never sends the user traffic.
    /// </summary>
    public static bool TakesUnclaimedClass(this ClientRole role) => role != ClientRole.Queries;
}
