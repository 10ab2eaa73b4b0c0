using SystemDesign.Model;

namespace SystemDesign.Engine.Flow;

/// <summary>A connection of the design, resolved to node indices and a role.</summary>
internal sealed record FlowEdge(int From, int To, EdgeRole Role, double Weight, Connection Connection)
{
    /// <summary>The connection's index in the design's list: where <see cref="EdgeLoads"/> keeps what the edge carries.</summary>
    public int Id { get; init; }

    /// <summary>For <see cref="EdgeRole.PrimaryStore"/>: whether reads go this way too (set by the graph builder).</summary>
    public bool CarriesReadsToPrimary { get; init; }

    public bool CarriesReads => Role switch
    {
        EdgeRole.Request or EdgeRole.Reads or EdgeRole.LookAside => true,
        EdgeRole.PrimaryStore => CarriesReadsToPrimary,
        _ => false,
    };

    public bool CarriesWrites => Role is EdgeRole.Request or EdgeRole.Writes or EdgeRole.PrimaryStore or EdgeRole.Publish or EdgeRole.Consume;

    /// <summary>Whether the edge carries requests of <paramref name="requestClass"/>.</summary>
    public bool Carries(RequestClass requestClass) => requestClass == RequestClass.Read ? CarriesReads : CarriesWrites;
}
