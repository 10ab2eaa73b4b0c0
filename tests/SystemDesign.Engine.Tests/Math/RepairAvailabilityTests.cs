using System;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

// Steady-state availability of a unit that alternates up and down: A = MTBF ÷ (MTBF + MTTR) (Trivedi, "Probability
// and Statistics with Reliability, Queuing and Computer Science Applications", 2nd ed., 2002, the two-state
// availability model). Worked values: fails every 999 h, repaired in 1 h → 99.9%; every 8,759 h (a year less the
// repair) and 1 h → 1 h of downtime a year.
public sealed class RepairAvailabilityTests
{
    [Fact]
    public void A_unit_up_999_hours_and_repaired_in_one_is_three_nines()
    {
        Assert.Equal(0.999, Availability.FromRepair(999, 1), 15);
        Assert.Equal(0.5, Availability.FromRepair(2, 2), 15);
        Assert.Equal(TimeSpan.FromHours(1), Availability.DowntimePerYear(Availability.FromRepair(8759, 1)));
    }

    [Fact]
    public void A_unit_that_never_fails_is_always_up()
    {
        Assert.Equal(1, Availability.FromRepair(double.PositiveInfinity, 1));
        Assert.Equal(double.PositiveInfinity, Availability.TimeBetweenFailures(1, 0.1));
    }

    [Fact]
    public void The_implied_time_between_failures_inverts_the_formula()
    {
        // 99.5% (the registry's single EC2 instance) repaired in 0.1 h fails every 19.9 h.
        Assert.Equal(19.9, Availability.TimeBetweenFailures(0.995, 0.1), 9);
        foreach (var a in new[] { 0.5, 0.9, 0.995, 0.99999 })
        {
            foreach (var mttr in new[] { 0.01, 0.1, 4 })
            {
                Assert.Equal(a, Availability.FromRepair(Availability.TimeBetweenFailures(a, mttr), mttr), 12);
            }
        }
    }

    [Fact]
    public void Faster_repair_never_lowers_availability()
    {
        var previous = 0.0;
        foreach (var mttr in new[] { 10, 1, 0.1, 0.01 })
        {
            var a = Availability.FromRepair(100, mttr);
            Assert.True(a > previous, $"MTTR {mttr} h gives {a}, not above {previous}");
            previous = a;
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(100, 0)]
    [InlineData(100, double.PositiveInfinity)]
    [InlineData(100, double.NaN)]
    public void Times_that_are_not_positive_are_refused_with_the_parameter_named(double between, double repair)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Availability.FromRepair(between, repair));
        Assert.Contains("positive", e.Message, StringComparison.Ordinal);
        Assert.Equal(between > 0 ? "repairTimeHours" : "timeBetweenFailuresHours", e.ParamName);
    }

    [Fact]
    public void An_availability_of_zero_or_out_of_range_has_no_time_between_failures()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.TimeBetweenFailures(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.TimeBetweenFailures(1.5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.TimeBetweenFailures(0.9, 0));
    }
}
