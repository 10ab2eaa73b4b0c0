using System;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

// A primary with a standby that takes over within F (Marcus and Stern, "Blueprints for High Availability", 2nd ed.,
// Wiley 2003, ch. 17: the failover time is a failover cluster's effective repair time):
// U = (1 − A₁)·[(1 − A₂) + A₂·min(1, F ÷ MTTR₁)]. Worked example: A₁ = A₂ = 0.995 (Amazon RDS Single-AZ SLA), F = 120 s
// (RDS Multi-AZ's "typically 60–120 seconds"), MTTR₁ = 360 s (the registry's 0.1 h): U = 0.005 × (0.005 + 0.995 × 1/3)
// = 0.00168333..., A = 0.99831667: about 14.7 h down a year instead of one instance's 43.8 h.
public sealed class StandbyAvailabilityTests
{
    [Fact]
    public void The_worked_example_of_docs_engine_md()
    {
        Assert.Equal(1 - (0.005 * (0.005 + (0.995 / 3))), Availability.WithStandby(0.995, 0.995, 120, 360), 15);
        Assert.Equal(0.998316667, Availability.WithStandby(0.995, 0.995, 120, 360), 9);
    }

    [Fact]
    public void An_instant_failover_is_the_parallel_pair_and_one_slower_than_the_repair_is_the_primary_alone()
    {
        Assert.Equal(Availability.Parallel(0.995, 0.99), Availability.WithStandby(0.995, 0.99, 0, 360), 15);
        Assert.Equal(0.995, Availability.WithStandby(0.995, 0.99, 360, 360), 15);
        Assert.Equal(0.995, Availability.WithStandby(0.995, 0.99, 3600, 360), 15);
        // A standby that is never up saves nothing either.
        Assert.Equal(0.995, Availability.WithStandby(0.995, 0, 120, 360), 15);
    }

    [Theory]
    [InlineData(1.5, 0.9, 10, 60)]
    [InlineData(0.9, double.NaN, 10, 60)]
    [InlineData(0.9, 0.9, -1, 60)]
    [InlineData(0.9, 0.9, double.PositiveInfinity, 60)]
    [InlineData(0.9, 0.9, 10, 0)]
    [InlineData(0.9, 0.9, 10, double.PositiveInfinity)]
    public void Out_of_range_figures_are_refused(double primary, double standby, double failover, double repair) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.WithStandby(primary, standby, failover, repair));
}
