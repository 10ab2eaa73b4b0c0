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

    public double? TimeoutMs { get; set; }

    public int? Retries { get; set; }

    public bool Backoff { get; set; }

    public bool CircuitBreaker { get; set; }

    public bool IdempotencyKey { get; set; }

    public Connection ToConnection() => new(From, To, Kind, Weight)
    {
        AlwaysFetches = AlwaysFetches,
        TimeoutMs = TimeoutMs,
        Retries = Retries,
        Backoff = Backoff,
        CircuitBreaker = CircuitBreaker,
        IdempotencyKey = IdempotencyKey,
    };
}
