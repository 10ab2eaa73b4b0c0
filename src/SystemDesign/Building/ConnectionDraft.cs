using SystemDesign.Model;

namespace SystemDesign.Building;

/// <summary>The mutable record of one declared connection while a design is being built.</summary>
internal sealed class ConnectionDraft
{
    public ConnectionDraft(string from, string to, ConnectionKind kind)
    {
        From = from;
        To = to;
        Kind = kind;
    }

    public string From { get; }

    public string To { get; }

    public ConnectionKind Kind { get; }

    public double? Weight { get; set; }

    public bool AlwaysFetches { get; set; }

    public Connection ToConnection() => new(From, To, Kind, Weight) { AlwaysFetches = AlwaysFetches };
}
