using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

/// <summary>NaN and ±∞ in every numeric knob: recorded as given by the builder, reported by validation.</summary>
public class NonFiniteValueTests
{
    public static TheoryData<double> NonFinite => new() { double.NaN, double.PositiveInfinity, double.NegativeInfinity };

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void Every_double_knob_rejects_non_finite_values(double value)
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(value).ServiceTime(value).HourlyCost(value).Availability(value).Parameter("ttl_s", value);
        var cache = a.Cache("Cache").HitRate(value);
        var cdn = a.Cdn("CDN").HitRate(value);
        var exotic = a.Component("dna_storage", "Vault").Parameter("hit_rate", value).Parameter("partitions", value);
        app.Reads(cache).Weight(value);
        cdn.Reads(exotic);

        var architecture = a.Build();
        var appModel = architecture.Find("App")!;
        Assert.Equal(value, appModel.CapacityPerInstance);
        Assert.Equal(value, appModel.ServiceTimeMs);
        Assert.Equal(value, appModel.HourlyCostUsd);
        Assert.Equal(value, appModel.Availability);
        Assert.Equal(value, architecture.Connections[0].Weight);

        var byRule = architecture.Validate().GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal);
        Assert.Equal(3, byRule[Rules.NonPositiveKnob.Id]);
        Assert.Equal(1, byRule[Rules.AvailabilityOutOfRange.Id]);
        Assert.Equal(1, byRule[Rules.InvalidParameter.Id]);
        Assert.Equal(3, byRule[Rules.HitRateOutOfRange.Id]);
        Assert.Equal(1, byRule[Rules.InvalidPartitions.Id]);
        Assert.Equal(1, byRule[Rules.InvalidWeight.Id]);
        Assert.Equal(6, byRule.Count);
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void Messages_print_the_value_invariantly(double value)
    {
        var finding = Assert.Single(Designs.Validate(a => a.App("App").ServiceTime(value)));

        // Named as C# names them, so a message never shows a bare "NaN" or "Infinity" (issue 13).
        var expected = double.IsNaN(value) ? "ServiceTime(double.NaN)" : value > 0 ? "ServiceTime(double.PositiveInfinity)" : "ServiceTime(double.NegativeInfinity)";
        Assert.Contains(expected, finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_are_culture_invariant()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var findings = Designs.Validate(a => a.App("App").Availability(1.5).Instances(2_000_000));

            Assert.Contains("Availability(1.5)", findings[1].Message, System.StringComparison.Ordinal);
            Assert.Contains("2,000,000 instances", findings[0].Message, System.StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
