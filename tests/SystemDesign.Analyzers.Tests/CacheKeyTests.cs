using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// The cache key is the problem id and the model by its own equality, which sees every value the engine reads: two
/// models are one key only if the engine cannot tell them apart. The model holds no source positions.
/// </summary>
public class CacheKeyTests
{
    private static readonly Component App = new("App", "app")
    {
        Instances = 2,
        CapacityPerInstance = 150,
        ServiceTimeMs = 5,
        Availability = 0.999,
        HourlyCostUsd = 0.1,
        ConnectionsPerInstance = 10,
        Zone = "a",
        Region = "eu",
        Parameters = new Dictionary<string, double> { ["hit_rate"] = 0.9, ["partitions"] = 4 },
    };

    public static TheoryData<string, Component> OneKnobChanged() => new()
    {
        { "name", App with { Name = "App2" } },
        { "type", App with { Type = "worker" } },
        { "instances", App with { Instances = 3 } },
        { "instances unset", App with { Instances = null } },
        { "capacity", App with { CapacityPerInstance = 151 } },
        { "service time", App with { ServiceTimeMs = 6 } },
        { "availability", App with { Availability = 0.99 } },
        { "cost", App with { HourlyCostUsd = 0.2 } },
        { "connections", App with { ConnectionsPerInstance = 11 } },
        { "zone", App with { Zone = "b" } },
        { "region", App with { Region = "us" } },
        { "hit rate", App with { HitRate = 0.8 } },
        { "partitions", App with { Partitions = 5 } },
        { "a parameter", App with { Parameters = new Dictionary<string, double> { ["hit_rate"] = 0.9, ["partitions"] = 4, ["x"] = 1 } } },
        { "negative zero", App with { HourlyCostUsd = -0.0 } },
        { "repair time (a new row, no code of its own here)", App with { RepairTimeHours = 0.5 } },
        { "time between failures", App with { TimeBetweenFailuresHours = 4380 } },
        { "connection pool (a parameter row)", App with { PoolSize = 20 } },
        { "connection limit", App with { ConnectionLimit = 500 } },
        { "connection hold time", App with { HoldTimeMs = 40 } },
        { "a switch (issue 12's rows are parameters)", App with { DeadLetterQueue = true } },
        { "failover time", App with { FailoverSeconds = 30 } },
        { "a client's workload share", App with { WorkloadShare = 0.7 } },
        { "a client's request rate", App with { RequestRate = 500 } },
        { "shards", App with { Shards = 8 } },
    };

    [Theory]
    [MemberData(nameof(OneKnobChanged))]
    public void Any_changed_value_is_another_key(string what, Component changed)
    {
        var baseline = App with { HourlyCostUsd = what == "negative zero" ? 0.0 : App.HourlyCostUsd };
        Assert.NotEqual(Key("p", Model(baseline)), Key("p", Model(changed)));
    }

    [Fact]
    public void Equal_models_are_one_key_and_every_other_value_is_another()
    {
        var here = Model(App);
        var there = Model(App with { });
        Assert.Equal(Key("p", here), Key("p", there));
        Assert.Equal(Key("p", here).GetHashCode(), Key("p", there).GetHashCode());

        Assert.NotEqual(Key("p", here), Key("q", here));
        Assert.NotEqual(Key("p", here), Key("p", new Architecture("p", here.Components, here.Connections)));
        Assert.NotEqual(Key("p", here), Key("p", new Architecture(null, here.Components, new[] { here.Connections[0] with { Kind = ConnectionKind.Reads } })));
        Assert.NotEqual(Key("p", here), Key("p", new Architecture(null, here.Components, new[] { here.Connections[0] with { Weight = 2 } })));
        Assert.NotEqual(Key("p", here), Key("p", new Architecture(null, here.Components, new[] { here.Connections[0] with { AlwaysFetches = true } })));
        Assert.NotEqual(Key("p", here), Key("p", new Architecture(null, here.Components, new[] { here.Connections[0] with { To = "Other" } })));
        Assert.NotEqual(Key("p", here), Key("p", new Architecture(null, here.Components, here.Connections, new[] { new Finding("SD0009", Severity.Error, null, "threw") })));
        Assert.NotEqual(
            Key("p", new Architecture(null, here.Components, new[] { here.Connections[0] with { Weight = 0.0 } })),
            Key("p", new Architecture(null, here.Components, new[] { here.Connections[0] with { Weight = -0.0 } })));
    }

    /// <summary>The edge-knob rows (Model.EdgeKnobs): each set value, and each change of one, is another key.</summary>
    [Fact]
    public void Every_edge_knob_is_part_of_the_key()
    {
        var plain = Model(App);
        var edge = plain.Connections[0];
        var changed = new[]
        {
            edge with { TimeoutMs = 250 },
            edge with { TimeoutMs = -0.0 },
            edge with { Retries = 0 },
            edge with { Retries = 2 },
            edge with { Backoff = true },
            edge with { CircuitBreaker = true },
            edge with { IdempotencyKey = true },
        };
        var keys = changed.Select(c => Key("p", new Architecture(null, plain.Components, new[] { c }))).Prepend(Key("p", plain)).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(keys[1], Key("p", new Architecture(null, plain.Components, new[] { edge with { TimeoutMs = 250 } })));
    }

    /// <summary>
    /// Fails when the model gains a property: the model's equality compares properties one by one, and a new one it
    /// ignored would hand a design the findings of another. Compare it there, then add it here.
    /// </summary>
    [Fact]
    public void The_key_knows_every_property_of_the_model()
    {
        Assert.Equal(
            new[] { "Availability", "BatchSize", "CapacityPerInstance", "ConnectionLimit", "ConnectionsPerInstance", "DeadLetterQueue", "FailoverSeconds", "HitRate", "HoldTimeMs", "HotKeyShare", "HourlyCostUsd", "Instances", "InvalidatesOnWrite", "Name", "Parameters", "Partitions", "PoolSize", "Region", "RepairTimeHours", "ReplicationLagSeconds", "RequestRate", "ServiceTimeMs", "Shards", "TimeBetweenFailuresHours", "TtlSeconds", "Type", "WorkloadShare", "Zone" },
            Properties<Component>());
        Assert.Equal(new[] { "AlwaysFetches", "Backoff", "CircuitBreaker", "From", "IdempotencyKey", "Kind", "Retries", "TimeoutMs", "To", "Weight" }, Properties<Connection>());
        Assert.Equal(new[] { "BuildFindings", "Components", "Connections", "ProblemId" }, Properties<Architecture>());
        Assert.Equal(new[] { "Component", "Knob", "Message", "Properties", "RuleId", "Severity", "Target" }, Properties<Finding>());
    }

    private static string[] Properties<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    // What the cache keys on: the problem id and the model, each by its own equality.
    private static (string ProblemId, Architecture Model) Key(string problemId, Architecture model) => (problemId, model);

    private static Architecture Model(Component app) => new(
        null,
        new[] { new Component("Clients", "client"), app },
        new[] { new Connection("Clients", "App", ConnectionKind.Calls) });
}
