using System.Linq;
using SystemDesign.Model;
using static SystemDesign.Tests.Designs;

namespace SystemDesign.Tests;

/// <summary>Each SD0xxx rule: one mistake added to a valid baseline fires exactly that rule.</summary>
public class ValidationRuleTests
{
    [Fact]
    public void Baseline_is_valid()
    {
        Assert.Empty(Validate(a => Baseline(a)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void SD0001_empty_name(string? name)
    {
        var findings = Validate(a =>
        {
            Baseline(a);
            a.Cache(name!);
        });

        var finding = Single(findings, Rules.EmptyName.Id);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Null(finding.Component);
        Assert.Contains("'cache'", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Rules.EmptyName.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0002_duplicate_name_names_both_types_and_fires_once_per_copy()
    {
        var findings = Validate(a =>
        {
            Baseline(a);
            a.Cache("App");
        });

        var finding = Single(findings, Rules.DuplicateName.Id);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("App", finding.Component);
        Assert.Contains("'app'", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("'cache'", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Rules.DuplicateName.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0002_names_differing_in_case_are_distinct()
    {
        Assert.Empty(Validate(a =>
        {
            Baseline(a);
            a.Cache("app");
        }));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void SD0003_empty_type(string? type)
    {
        var findings = Validate(a =>
        {
            Baseline(a);
            a.Component(type!, "Mystery");
        });

        Assert.Equal("Mystery", Single(findings, Rules.EmptyType.Id).Component);
        Assert.Equal(new[] { Rules.EmptyType.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0004_edge_to_a_component_of_another_builder_dangles()
    {
        var other = new ArchitectureBuilder().Cache("Elsewhere");
        var findings = Validate(a =>
        {
            var (app, _) = Baseline(a);
            app.Reads(other);
        });

        var finding = Single(findings, Rules.DanglingConnection.Id);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("App", finding.Component);
        Assert.Contains("'App'.Reads('Elsewhere')", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SD0004_null_target_dangles_instead_of_throwing()
    {
        var findings = Validate(a =>
        {
            var (app, _) = Baseline(a);
            app.Calls(null!);
        });

        Assert.Equal(new[] { Rules.DanglingConnection.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0004_dangling_source_of_a_hand_built_connection()
    {
        var architecture = new Architecture(
            null,
            new[] { new Component("DB", "db_primary") },
            new[] { new Connection("Ghost", "DB", ConnectionKind.Writes) });

        var finding = Single(architecture.Validate(), Rules.DanglingConnection.Id);
        Assert.Null(finding.Component);
        Assert.Contains("'Ghost'", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SD0005_self_edge()
    {
        var findings = Validate(a =>
        {
            var (app, _) = Baseline(a);
            app.Calls(app);
        });

        Assert.Equal(new[] { Rules.SelfConnection.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0006_duplicate_edge_is_a_warning_and_other_kinds_are_not_duplicates()
    {
        var findings = Validate(a =>
        {
            var (app, db) = Baseline(a);
            app.Writes(db);
        });

        Assert.Equal(Severity.Warning, Single(findings, Rules.DuplicateConnection.Id).Severity);
        Assert.Equal(new[] { Rules.DuplicateConnection.Id }, RuleIdsOf(findings));

        Assert.Empty(Validate(a =>
        {
            var (app, db) = Baseline(a);
            app.Reads(db);
            app.ConnectsTo(db);
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(int.MinValue)]
    public void SD0007_instances_not_positive(int count)
    {
        var findings = Validate(a => Baseline(a).App.Instances(count));

        var finding = Single(findings, Rules.InvalidInstances.Id);
        Assert.Equal("App", finding.Component);
        Assert.Contains("Instances(" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Rules.InvalidInstances.Id }, RuleIdsOf(findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000_000)]
    public void SD0007_and_SD0015_do_not_fire_on_sane_counts(int count)
    {
        Assert.Empty(Validate(a => Baseline(a).App.Instances(count)));
    }

    [Fact]
    public void SD0008_capacity_service_time_and_cost_must_be_positive()
    {
        var findings = Validate(a => Baseline(a).App.CapacityPerInstance(0).ServiceTime(-5).HourlyCost(0));

        Assert.Equal(new[] { Rules.NonPositiveKnob.Id, Rules.NonPositiveKnob.Id, Rules.NonPositiveKnob.Id }, RuleIdsOf(findings));
        Assert.Contains("CapacityPerInstance(0)", findings[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("ServiceTime(-5)", findings[1].Message, System.StringComparison.Ordinal);
        Assert.Contains("HourlyCost(0)", findings[2].Message, System.StringComparison.Ordinal);
        Assert.Empty(Validate(a => Baseline(a).App.CapacityPerInstance(150).ServiceTime(20).HourlyCost(0.1)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.0001)]
    [InlineData(99.9)]
    public void SD0010_availability_outside_zero_one(double value)
    {
        var findings = Validate(a => Baseline(a).Db.Availability(value));

        Assert.Equal("DB", Single(findings, Rules.AvailabilityOutOfRange.Id).Component);
        Assert.Equal(new[] { Rules.AvailabilityOutOfRange.Id }, RuleIdsOf(findings));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.999)]
    [InlineData(double.Epsilon)]
    public void SD0010_does_not_fire_inside_zero_one(double value)
    {
        Assert.Empty(Validate(a => Baseline(a).Db.Availability(value)));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    [InlineData(90.0)]
    public void SD0011_hit_rate_outside_zero_one(double value)
    {
        var findings = Validate(a =>
        {
            var (app, _) = Baseline(a);
            app.Reads(a.Cache("Redis").HitRate(value));
        });

        Assert.Equal("Redis", Single(findings, Rules.HitRateOutOfRange.Id).Component);
        Assert.Equal(new[] { Rules.HitRateOutOfRange.Id }, RuleIdsOf(findings));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(0.95)]
    public void SD0011_does_not_fire_inside_zero_one(double value)
    {
        Assert.Empty(Validate(a =>
        {
            var (app, _) = Baseline(a);
            app.Reads(a.Cdn("Edge").HitRate(value));
        }));
    }

    [Fact]
    public void SD0011_applies_to_hit_rate_set_as_a_generic_parameter()
    {
        var findings = Validate(a => a.Component("edge_cache_mesh", "Mesh").Parameter("hit_rate", 2));

        Assert.Equal(new[] { Rules.HitRateOutOfRange.Id }, RuleIdsOf(findings));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void SD0012_partitions_not_positive(int count)
    {
        var findings = Validate(a => a.Stream("Events").Partitions(count));

        Assert.Equal(new[] { Rules.InvalidPartitions.Id }, RuleIdsOf(findings));
        Assert.Empty(Validate(a => a.Stream("Events").Partitions(1)));
    }

    [Fact]
    public void SD0012_fractional_partitions_through_Parameter_are_reported_and_not_exposed_as_Partitions()
    {
        var architecture = Build(a => a.Stream("Events").Parameter("partitions", 12.5));

        Assert.Null(architecture.Find("Events")!.Partitions);
        Assert.Equal(12.5, architecture.Find("Events")!.Parameters["partitions"]);
        Assert.Equal(new[] { Rules.InvalidPartitions.Id }, RuleIdsOf(architecture.Validate()));
    }

    [Theory]
    [InlineData(0.0, "Weight(0)")]
    [InlineData(-1.0, "Weight(-1)")]
    public void SD0013_weight_not_positive(double weight, string expectedCall)
    {
        var findings = Validate(a =>
        {
            var (app, _) = Baseline(a);
            app.Reads(a.Cache("Redis")).Weight(weight);
        });

        var finding = Single(findings, Rules.InvalidWeight.Id);
        Assert.Equal("App", finding.Component);
        Assert.Contains(expectedCall, finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Rules.InvalidWeight.Id }, RuleIdsOf(findings));
        Assert.Empty(Validate(a => Baseline(a).App.Reads(a.Cache("Redis")).Weight(0.3)));
    }

    [Fact]
    public void SD0014_hit_rate_on_a_database_is_a_warning()
    {
        var findings = Validate(a => Baseline(a).Db.Parameter("hit_rate", 0.9));

        var finding = Single(findings, Rules.KnobNotApplicable.Id);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("DB", finding.Component);
        Assert.Equal(new[] { Rules.KnobNotApplicable.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0014_partitions_off_a_stream_and_connections_off_a_websocket()
    {
        var architecture = new Architecture(
            null,
            new[]
            {
                new Component("Q", "queue") { Partitions = 4 },
                new Component("App", "app") { ConnectionsPerInstance = 100 },
            },
            null);

        Assert.Equal(new[] { Rules.KnobNotApplicable.Id, Rules.KnobNotApplicable.Id }, RuleIdsOf(architecture.Validate()));
    }

    [Fact]
    public void SD0014_does_not_fire_on_exotic_types_or_where_the_knob_belongs()
    {
        Assert.Empty(Validate(a =>
        {
            a.Component("quantum_repeater", "Repeater").Parameter("hit_rate", 0.5).Parameter("partitions", 3);
            a.Component("cache", "Plain Cache").Parameter("hit_rate", 0.5);
            a.Stream("Events").Partitions(3);
            a.WebSocket("Sockets").ConnectionsPerInstance(50_000);
        }));
    }

    [Fact]
    public void SD0015_huge_instance_count_is_a_warning()
    {
        var findings = Validate(a => Baseline(a).App.Instances(1_000_001));

        var finding = Single(findings, Rules.HugeInstanceCount.Id);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("1,000,001", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Rules.HugeInstanceCount.Id }, RuleIdsOf(findings));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void SD0016_connections_per_instance_not_positive(int count)
    {
        var findings = Validate(a => a.WebSocket("Sockets").ConnectionsPerInstance(count));

        Assert.Equal(new[] { Rules.InvalidConnectionsPerInstance.Id }, RuleIdsOf(findings));
    }

    [Fact]
    public void SD0017_generic_parameter_with_empty_name_or_infinite_value()
    {
        var findings = Validate(a => a.Component("dna_storage", "Vault").Parameter("", 1).Parameter("ttl_s", double.PositiveInfinity));

        Assert.Equal(new[] { Rules.InvalidParameter.Id, Rules.InvalidParameter.Id }, RuleIdsOf(findings));
        Assert.Empty(Validate(a => a.Component("dna_storage", "Vault").Parameter("ttl_s", 3600)));
    }

    [Fact]
    public void SD0018_blank_zone_or_region_is_a_warning()
    {
        var findings = Validate(a => Baseline(a).App.Zone(" ").Region(""));

        Assert.Equal(new[] { Rules.BlankPlacement.Id, Rules.BlankPlacement.Id }, RuleIdsOf(findings));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Empty(Validate(a => Baseline(a).App.Zone("us-east-1a").Region("us-east-1")));
    }

    [Fact]
    public void Findings_carry_the_declaration_they_are_about_as_a_target()
    {
        var architecture = new Architecture(
            null,
            new[] { new Component("App", "app") { Instances = 0 } },
            new[] { new Connection("App", "App", ConnectionKind.Calls) });

        Assert.Equal(new[] { FindingTarget.Component(0), FindingTarget.Connection(0) }, architecture.Validate().Select(f => f.Target));
    }
}
