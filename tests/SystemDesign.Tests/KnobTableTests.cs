using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SystemDesign.Model;

namespace SystemDesign.Tests;

/// <summary>
/// The knob table (<see cref="Knobs"/>) agrees with the API, the model and the validator: a row names a real builder
/// method and model property, reads back what the builder set, and its rule fires on a bad value naming its key.
/// A new row without a case below fails <see cref="Every_row_has_a_bad_value_case"/>.
/// </summary>
public class KnobTableTests
{
    private static readonly Dictionary<string, object> BadValues = new(StringComparer.Ordinal)
    {
        [nameof(Knobs.Instances)] = 0,
        [nameof(Knobs.CapacityPerInstance)] = -1.0,
        [nameof(Knobs.ServiceTime)] = double.NaN,
        [nameof(Knobs.Availability)] = 99.9,
        [nameof(Knobs.HourlyCost)] = 0.0,
        [nameof(Knobs.HitRate)] = 1.5,
        [nameof(Knobs.Partitions)] = 0,
        [nameof(Knobs.ConnectionsPerInstance)] = 0,
        [nameof(Knobs.Zone)] = " ",
        [nameof(Knobs.Region)] = string.Empty,
        [nameof(Knobs.RepairTime)] = 0.0,
        [nameof(Knobs.TimeBetweenFailures)] = double.PositiveInfinity,
        [nameof(Knobs.ConnectionPool)] = 0,
        [nameof(Knobs.ConnectionLimit)] = -5,
        [nameof(Knobs.ConnectionHoldTime)] = double.NaN,
        [nameof(Knobs.DeadLetterQueue)] = Switch.Bad,
        [nameof(Knobs.Ttl)] = -1.0,
        [nameof(Knobs.InvalidatesOnWrite)] = Switch.Bad,
        [nameof(Knobs.HotKeyShare)] = 1.5,
        [nameof(Knobs.BatchSize)] = 0,
        [nameof(Knobs.FailoverTime)] = 0.0,
        [nameof(Knobs.WorkloadShare)] = 1.5,
        [nameof(Knobs.RequestRate)] = 0.0,
        [nameof(Knobs.ReplicationLag)] = double.PositiveInfinity,
        [nameof(Knobs.Shards)] = 0,
    };

    /// <summary>A switch knob (no argument): set by its method, or given a bad stored value through Parameter.</summary>
    private enum Switch
    {
        On,
        Bad,
    }

    public static TheoryData<string> Rows()
    {
        var rows = new TheoryData<string>();
        foreach (var knob in Knobs.All)
        {
            rows.Add(knob.Method);
        }

        return rows;
    }

    [Fact]
    public void Keys_and_methods_are_unique_and_look_up_their_row()
    {
        Assert.Equal(Knobs.All.Count, Knobs.All.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var knob in Knobs.All)
        {
            Assert.Same(knob, Knobs.ByMethod(knob.Method));
            Assert.Same(knob.Parameter is null ? null : knob, Knobs.ByParameter(knob.Parameter));
            Assert.NotNull(typeof(Component).GetProperty(knob.Property));
        }
    }

    [Fact]
    public void Every_row_has_a_bad_value_case() =>
        Assert.Equal(Knobs.All.Select(k => k.Method).OrderBy(m => m, StringComparer.Ordinal), BadValues.Keys.OrderBy(m => m, StringComparer.Ordinal));

    [Fact]
    public void Every_row_has_a_label_and_a_reported_figure_prints_as_a_number()
    {
        foreach (var knob in Knobs.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(knob.Label), knob.Method + " has no label");
            Assert.True(knob.ReportKey is null || knob.Format != KnobFormat.Text, knob.Method + " is reported but printed as text");
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_builder_method_sets_what_the_row_reads(string method)
    {
        var knob = Knobs.ByMethod(method)!;
        var good = Value(knob, bad: false);
        var component = Build(knob, good);
        Assert.Equal(good is Switch ? 1.0 : good, knob.Read(component));
        Assert.True(knob.IsSet(component));
        Assert.True(knob.AppliesTo(component.Type));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_bad_value_breaks_the_rows_rule_and_names_its_key(string method)
    {
        var knob = Knobs.ByMethod(method)!;
        var findings = new Architecture(null, new[] { Build(knob, Value(knob, bad: true)) }, null).Validate();
        var finding = Assert.Single(findings, f => f.RuleId == knob.Rule.Id);
        Assert.Equal(knob.Key, finding.Knob);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_knob_set_off_its_types_is_SD0014_naming_its_key(string method)
    {
        var knob = Knobs.ByMethod(method)!;
        if (knob.MeaningfulOnTypes.Count == 0)
        {
            Assert.True(knob.AppliesTo(ComponentTypes.Worker));
            return;
        }

        // A worker, or a cache for the knobs that mean something on workers.
        var offType = knob.AppliesTo(ComponentTypes.Worker) ? ComponentTypes.Cache : ComponentTypes.Worker;
        var component = Build(knob, Value(knob, bad: false)) with { Type = offType };
        var finding = Assert.Single(new Architecture(null, new[] { component }, null).Validate(), f => f.RuleId == Rules.KnobNotApplicable.Id);
        Assert.Equal(knob.Key, finding.Knob);
        Assert.Contains(knob.MeaningfulOn!, finding.Message, StringComparison.Ordinal);
    }

    private static object Value(Knob knob, bool bad)
    {
        var badValue = BadValues[knob.Method];
        return bad ? badValue : badValue switch
        {
            Switch => Switch.On,
            int => 3,
            double => 0.5,
            _ => "us-east-1a",
        };
    }

    /// <summary>One component of a type the knob means something on, with the knob set through its builder method.</summary>
    private static Component Build(Knob knob, object value)
    {
        var builder = new ArchitectureBuilder("p");
        object handle = knob.MeaningfulOnTypes.Count == 0 ? builder.App("X") : knob.MeaningfulOnTypes[0] switch
        {
            ComponentTypes.Cache => builder.Cache("X"),
            ComponentTypes.Stream => builder.Stream("X"),
            ComponentTypes.WebSocket => builder.WebSocket("X"),
            ComponentTypes.App => builder.App("X"),
            ComponentTypes.Queue => builder.Queue("X"),
            ComponentTypes.DbPrimary => builder.DbPrimary("X"),
            ComponentTypes.DbReplica => builder.DbReplica("X"),
            ComponentTypes.Worker => builder.Worker("X"),
            ComponentTypes.Client => builder.Client("X"),
            var other => throw new InvalidOperationException("no builder for " + other),
        };
        var setter = handle.GetType().GetMethod(knob.Method, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException(handle.GetType().Name + " has no " + knob.Method);
        if (value is Switch.Bad)
        {
            // A stored value no switch method writes: Parameter is the only way to get one.
            handle.GetType().GetMethod(Knobs.ParameterMethod)!.Invoke(handle, new object[] { knob.Parameter!, 2.0 });
        }
        else
        {
            setter.Invoke(handle, value is Switch ? Array.Empty<object>() : new[] { value });
        }

        return builder.Build().Components.Single();
    }
}
