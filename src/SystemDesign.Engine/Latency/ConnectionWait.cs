namespace SystemDesign.Engine.Latency;

/// <summary>
/// The wait for a pooled connection that one caller's requests meet at a database: the caller's share of the
/// database's requests, the pool's probability of waiting C (Erlang C) and the mean wait of those who wait, 1/θ
/// with θ = cμ − λ, in seconds.
/// </summary>
internal readonly record struct ConnectionWait(double Share, double Probability, double DrainTime);
