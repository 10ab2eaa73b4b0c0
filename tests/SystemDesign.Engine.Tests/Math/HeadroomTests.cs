using System;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

// Capacity ≥ headroom × load, the sizing rule of capacity-planning tutorials (DESIGN.md, "The engine").
public sealed class HeadroomTests
{
    [Fact]
    public void Thousand_at_150_with_20_percent_headroom_is_exactly_8()
    {
        Assert.Equal(8, Headroom.MinimumInstances(1000, 150, 1.2));
        Assert.Equal(8, Headroom.MinimumInstances(1000, 150)); // 1.2 is the default.
        Assert.Equal(7, Headroom.MinimumInstances(875, 150, 1.2)); // 1050 / 150 = 7 exactly.
        Assert.Equal(8, Headroom.MinimumInstances(876, 150, 1.2)); // 7.008 → 8.
    }

    [Fact]
    public void Seven_hundred_at_70_with_10_percent_headroom_is_exactly_11_where_double_says_12()
    {
        double load = 700, capacity = 70, headroom = 1.1;
        Assert.True(headroom * load / capacity > 11); // The floating-point trap: 11.000000000000002.
        Assert.Equal(11, Headroom.MinimumInstances(load, capacity, headroom));
        Assert.Equal(33, Headroom.MinimumInstances(1500, 50, 1.1)); // 33.00000000000001 in double.
    }

    [Fact]
    public void A_load_that_is_a_ratio_is_not_raised_by_its_rounding_residue()
    {
        // Issue 9, "thresholds are decided in exact arithmetic": 50,000 req/s shared by three callers is
        // 16,666.6666666667 to 15 digits; 1.2 × that ÷ 1,000 is 20.00000000000004 in decimal. 20 instances carry it
        // with the headroom (20,000 = 1.2 × 50,000 ÷ 3), so 21 would be a count raised by rounding alone.
        double load = 50_000.0 / 3;
        Assert.Equal(20, Headroom.MinimumInstances(load, 1_000, 1.2));
        Assert.Equal(17, Headroom.MinimumInstances(load, 1_000, 1.0)); // 16.67 → 17: a real fraction still rounds up.
        Assert.True(Headroom.IsExactlyCarried(50_000.0 / 3 * 3, 50_000.0 / 3, 3));
        Assert.True(Headroom.IsExactlyCarried(100_000.0 / 3, 100.0 / 3, 1_000));
        Assert.False(Headroom.IsExactlyCarried(100_000.0 / 3 * (1 + 1e-9), 100.0 / 3, 1_000));
    }

    [Theory]
    [InlineData(100_000.0, 10_000.0, 1.0, 10L)]
    [InlineData(900.0, 5_000.0, 1.2, 1L)]
    [InlineData(0.0, 150.0, 1.2, 0L)] // No load needs no capacity; the engine adds its own minimum of one.
    [InlineData(1001.0, 150.0, 1.2, 9L)] // 1201.2 / 150 = 8.008 → 9.
    [InlineData(1e12, 150.0, 1.2, 8_000_000_000L)]
    [InlineData(1e12, 1.0, 1.0, 1_000_000_000_000L)]
    [InlineData(7.0, 0.7, 1.0, 10L)] // 7 / 0.7 is 10.000000000000002 in double.
    [InlineData(0.3, 0.1, 1.0, 3L)] // 0.3 / 0.1 is 2.9999999999999996 in double: still 3, not 2.
    public void Published_and_trap_cases(double load, double capacity, double headroom, long expected)
    {
        Assert.Equal(expected, Headroom.MinimumInstances(load, capacity, headroom));
    }

    [Fact]
    public void Residue_of_earlier_arithmetic_is_ignored_but_real_excess_is_not()
    {
        Assert.Equal(3, Headroom.MinimumInstances(0.1 + 0.2, 0.1, 1.0)); // 0.30000000000000004 is read as 0.3.
        Assert.Equal(4, Headroom.MinimumInstances(0.3001, 0.1, 1.0));
    }

    [Fact]
    public void Huge_values_fall_back_to_double_with_a_relative_epsilon()
    {
        Assert.Equal(3_000_000_000_000L, Headroom.MinimumInstances(3e20, 1e8, 1.0));
        Assert.Equal(8_000_000_000_000_000L, Headroom.MinimumInstances(1e18, 150, 1.2));
        Assert.Equal(long.MaxValue, Headroom.MinimumInstances(1e300, 1, 1));
    }

    [Theory]
    [InlineData(double.NaN, 1.0, 1.2, "load")]
    [InlineData(-1.0, 1.0, 1.2, "load")]
    [InlineData(double.PositiveInfinity, 1.0, 1.2, "load")]
    [InlineData(1.0, 0.0, 1.2, "perInstanceCapacity")]
    [InlineData(1.0, double.NaN, 1.2, "perInstanceCapacity")]
    [InlineData(1.0, 1.0, 0.0, "headroom")]
    [InlineData(1.0, 1.0, double.NaN, "headroom")]
    public void Invalid_inputs_name_the_parameter(double load, double capacity, double headroom, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Headroom.MinimumInstances(load, capacity, headroom));
        Assert.Equal(parameter, exception.ParamName);
    }
}
