using System;
using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Model;

/// <summary>
/// The edge-knob table: how a source calls a target (timeout, retries, backoff, circuit breaker, idempotency key), one
/// row each. Adding an edge knob is a row here, its <see cref="Edge"/> method and <see cref="Connection"/> property,
/// and the math that uses it; the validator, the analyzer's model key and squiggles follow from the row.
/// Defaults and their sources: docs/engine.md, "Timeouts and retries".
/// </summary>
public static class EdgeKnobs
{
    /// <summary>The most retries a design may set: more is a typo (AWS SDKs and Polly default to 3 attempts or retries).</summary>
    public const int MaxRetries = 10;

    /// <summary>Timeout: milliseconds the source waits; positive and finite. Default none (the caller waits, as a socket without a read timeout does).</summary>
    public static EdgeKnob Timeout { get; } = new(
        nameof(Edge.Timeout), nameof(Connection.TimeoutMs), "timeout_ms",
        "milliseconds", "> 0, finite", "Timeout(250)",
        "none: the caller waits as long as the callee takes (a socket read without SO_TIMEOUT, .NET HttpClient's 100 s is far above any target)",
        c => c.TimeoutMs)
    {
        FixProperty = "timeoutMs",
    };

    /// <summary>Retries: extra attempts after a failure, 0 to <see cref="MaxRetries"/>, whole. Default 0 (a design states the retries it makes).</summary>
    public static EdgeKnob Retries { get; } = new(
        nameof(Edge.Retries), nameof(Connection.Retries), "retries",
        "retries after the first attempt", "0 to 10, whole", "Retries(2)",
        "0: no retries unless the design states them (AWS SDK standard mode makes 3 attempts, i.e. Retries(2))",
        c => c.Retries)
    {
        FixProperty = "retries",
    };

    /// <summary>Backoff: retries wait an exponential, jittered delay. Default off.</summary>
    public static EdgeKnob Backoff { get; } = new(
        nameof(Edge.Backoff), nameof(Connection.Backoff), "backoff",
        "switch", string.Empty, "Backoff()",
        "off: retries follow at once (the AWS SDKs turn backoff with jitter on by default; a hand-written loop does not)",
        c => c.Backoff)
    {
        FixProperty = "backoff",
    };

    /// <summary>CircuitBreaker: calls fail fast while the target keeps failing. Default off.</summary>
    public static EdgeKnob CircuitBreaker { get; } = new(
        nameof(Edge.CircuitBreaker), nameof(Connection.CircuitBreaker), "circuit_breaker",
        "switch", string.Empty, "CircuitBreaker()",
        "off: no breaker (Polly and Resilience4j add one only when configured)",
        c => c.CircuitBreaker)
    {
        FixProperty = "circuitBreaker",
    };

    /// <summary>IdempotencyKey: the target deduplicates repeated calls. Default off.</summary>
    public static EdgeKnob IdempotencyKey { get; } = new(
        nameof(Edge.IdempotencyKey), nameof(Connection.IdempotencyKey), "idempotency_key",
        "switch", string.Empty, "IdempotencyKey()",
        "off: a repeated call takes effect again (Stripe's API deduplicates only requests that carry an Idempotency-Key header)",
        c => c.IdempotencyKey)
    {
        FixProperty = "idempotencyKey",
    };

    /// <summary>Every edge knob, in the order the validator reports them.</summary>
    public static IReadOnlyList<EdgeKnob> All { get; } = new[] { Timeout, Retries, Backoff, CircuitBreaker, IdempotencyKey };

    /// <summary>The edge knob set by the <see cref="Edge"/> method <paramref name="method"/>, or null.</summary>
    /// <param name="method">An edge method's name, e.g. "Timeout".</param>
    /// <returns>The row, or null.</returns>
    public static EdgeKnob? ByMethod(string method) => All.FirstOrDefault(k => string.Equals(k.Method, method, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="kind"/> is a call a source makes and waits on or retries (not consuming or replicating).</summary>
    /// <param name="kind">The edge's kind.</param>
    /// <returns>True when edge knobs mean something on it.</returns>
    public static bool AppliesTo(ConnectionKind kind) => kind is not (ConnectionKind.Consumes or ConnectionKind.Replicates);
}
