namespace SystemDesign.Catalog;

/// <summary>
/// Which part of the problem's workload a client type emits: its role. A <c>redirect_client</c> sends the
/// redirects (reads), a <c>create_client</c> the creates (writes); a plain <c>client</c> sends both. The role lives
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
}

/// <summary>Reading and naming <see cref="ClientRole"/> as the registry writes it.</summary>
public static class ClientRoles
{
    /// <summary>The registry's word for <paramref name="role"/>: <c>all</c>, <c>reads</c> or <c>writes</c>.</summary>
    public static string Name(this ClientRole role) => role switch
    {
        ClientRole.Reads => "reads",
        ClientRole.Writes => "writes",
        _ => "all",
    };

    /// <summary>The role the registry word names, or null for a word that is none.</summary>
    public static ClientRole? Parse(string word) => word switch
    {
        "all" => ClientRole.All,
        "reads" => ClientRole.Reads,
        "writes" => ClientRole.Writes,
        _ => null,
    };

    /// <summary>True when a client of this role emits reads.</summary>
    public static bool EmitsReads(this ClientRole role) => role != ClientRole.Writes;

    /// <summary>True when a client of this role emits writes.</summary>
    public static bool EmitsWrites(this ClientRole role) => role != ClientRole.Reads;
}
