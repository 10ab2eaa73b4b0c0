namespace SystemDesign.Model;

/// <summary>
/// The knobs of asynchronous work, caching and failover (issue 12), each stored as a generic parameter so checks and
/// the analyzer read it like any other: a switch is the value 1, a number is itself.
/// </summary>
public sealed partial record Component
{
    /// <summary>Whether a queue or stream parks messages that keep failing in a dead-letter queue (parameter "dead_letter_queue").</summary>
    public bool DeadLetterQueue
    {
        get => IsOn(ParameterNames.DeadLetterQueue);
        init => parameters = WithParameter(parameters, ParameterNames.DeadLetterQueue, value ? 1 : null);
    }

    /// <summary>Seconds a cache keeps an entry before it expires (parameter "ttl_seconds"); null when unset.</summary>
    public double? TtlSeconds
    {
        get => parameters.TryGetValue(ParameterNames.TtlSeconds, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.TtlSeconds, value);
    }

    /// <summary>Whether a write deletes the cached entry it changes (parameter "invalidates_on_write").</summary>
    public bool InvalidatesOnWrite
    {
        get => IsOn(ParameterNames.InvalidatesOnWrite);
        init => parameters = WithParameter(parameters, ParameterNames.InvalidatesOnWrite, value ? 1 : null);
    }

    /// <summary>The share of a stream's messages on its busiest key, in (0, 1] (parameter "hot_key_share"); null when unset.</summary>
    public double? HotKeyShare
    {
        get => parameters.TryGetValue(ParameterNames.HotKeyShare, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.HotKeyShare, value);
    }

    /// <summary>Requests one instance serves together (parameter "batch_size"); null when absent or not a whole number.</summary>
    public int? BatchSize
    {
        get => parameters.TryGetValue(ParameterNames.BatchSize, out var value) && IsWholeInt32(value) ? (int)value : null;
        init => parameters = WithParameter(parameters, ParameterNames.BatchSize, value);
    }

    /// <summary>Seconds a database takes to promote a standby when its primary fails (parameter "failover_seconds"); null when unset.</summary>
    public double? FailoverSeconds
    {
        get => parameters.TryGetValue(ParameterNames.FailoverSeconds, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.FailoverSeconds, value);
    }

    /// <summary>
    /// Seconds an asynchronous replica runs behind its primary, as measured (parameter "replication_lag_seconds"); null
    /// when unset. The writes a failover to it loses (docs/engine.md, "Recovery objectives").
    /// </summary>
    public double? ReplicationLagSeconds
    {
        get => parameters.TryGetValue(ParameterNames.ReplicationLagSeconds, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.ReplicationLagSeconds, value);
    }

    /// <summary>Shards a primary database splits its writes across (parameter "shards"); null when absent or not a whole number.</summary>
    public int? Shards
    {
        get => parameters.TryGetValue(ParameterNames.Shards, out var value) && IsWholeInt32(value) ? (int)value : null;
        init => parameters = WithParameter(parameters, ParameterNames.Shards, value);
    }

    // A switch is on at exactly 1; any other stored value is SD0017 (the validator names it), and reads as off.
    private bool IsOn(string parameter) => parameters.TryGetValue(parameter, out var value) && value == 1;
}
