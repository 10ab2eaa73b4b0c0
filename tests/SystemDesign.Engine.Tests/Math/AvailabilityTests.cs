using System;
using System.Collections.Generic;
using SystemDesign.Engine.Math;
using static System.Math;

namespace SystemDesign.Engine.Tests.Math;

// Reliability block diagrams with independent units: series R = Π Rᵢ, parallel R = 1 − Π(1 − Rᵢ),
// k-out-of-n R = Σ_{i≥k} C(n,i) Rⁱ (1−R)^{n−i} (Trivedi, "Probability and Statistics with Reliability,
// Queuing and Computer Science Applications", 2nd ed., §3.5 and §5.6; Wikipedia "High availability",
// "Reliability block diagram"; the "nines" table in Wikipedia "High availability" with a 365-day year).
public sealed class AvailabilityTests
{
    [Fact]
    public void Series_of_two_three_nines_units_is_99_8001_percent()
    {
        Assert.Equal(0.998001, Availability.Series(0.999, 0.999), 15);
        Assert.Equal(0.998001, Availability.Series(new List<double> { 0.999, 0.999 }), 15);
        Assert.Equal(1, Availability.Series());
        Assert.Equal(0.9 * 0.8 * 0.7, Availability.Series(0.9, 0.8, 0.7), 15);
    }

    [Fact]
    public void Two_parallel_99_percent_units_are_99_99_percent()
    {
        Assert.Equal(0.9999, Availability.Parallel(0.99, 0.99), 15);
        Assert.Equal(0.999999, Availability.Parallel(new[] { 0.99, 0.99, 0.99 }), 15);
        Assert.Equal(0, Availability.Parallel());
        Assert.Equal(0.5, Availability.Parallel(0.5, 0), 15);
    }

    [Fact]
    public void Two_of_three_at_99_percent_is_0_999702()
    {
        // 0.99³ + 3·0.99²·0.01 = 0.970299 + 0.029403.
        Assert.Equal(0.999702, Availability.KOfN(2, 3, 0.99), 15);
    }

    [Fact]
    public void K_of_n_extremes_are_series_and_parallel()
    {
        foreach (int n in new[] { 1, 2, 5, 30, 64, 65, 200, 1000 })
        {
            foreach (double a in new[] { 0.5, 0.9, 0.99, 0.9999 })
            {
                double parallel = 1 - Pow(1 - a, n);
                double series = Pow(a, n);
                Assert.True(Abs(Availability.KOfN(1, n, a) - parallel) <= 1e-12, $"1-of-{n} at {a}");
                Assert.True(Abs(Availability.KOfN(n, n, a) - series) <= 1e-12 * Max(series, 1e-300) + 1e-300, $"{n}-of-{n} at {a}");
            }
        }
    }

    [Fact]
    public void Direct_sum_and_mode_walk_agree_across_the_switch_over()
    {
        // n ≤ 64 is summed term by term; n ≥ 65 walks from the mode. Compare a 65-unit group computed both
        // ways through the identity P(≥k of n) = a·P(≥k−1 of n−1) + (1−a)·P(≥k of n−1).
        foreach (double a in new[] { 0.3, 0.9, 0.999 })
        {
            for (int k = 1; k <= 64; k += 7)
            {
                double viaSmaller = (a * Availability.KOfN(k - 1, 64, a)) + ((1 - a) * Availability.KOfN(k, 64, a));
                Assert.Equal(viaSmaller, Availability.KOfN(k, 65, a), 13);
            }
        }
    }

    [Fact]
    public void Hundred_thousand_units_are_computed_stably()
    {
        // Binomial(100000, ½): P(X ≥ 50000) = ½ + ½·P(X = 50000), and P(X = 50000) ≈ √(2/(πn))·(1 − 1/(4n)) by Stirling.
        const int n = 100_000;
        double mode = Sqrt(2 / (PI * n)) * (1 - (1.0 / (4 * n)));
        Assert.Equal(0.5 + (mode / 2), Availability.KOfN(n / 2, n, 0.5), 9);

        // Needing 99,000 of 100,000 at 99.5% each: mean 99,500, σ ≈ 22.3, so this is ~22σ below the mean.
        double high = Availability.KOfN(99_000, n, 0.995);
        Assert.InRange(high, 1 - 1e-15, 1);

        double[] values = { Availability.KOfN(99_400, n, 0.995), Availability.KOfN(99_500, n, 0.995), Availability.KOfN(99_600, n, 0.995) };
        Assert.True(values[0] > values[1] && values[1] > values[2], string.Join(", ", values));
        Assert.InRange(values[1], 0.5, 0.52); // Median of a near-normal count, plus half the mode's mass.
        foreach (double v in values)
        {
            Assert.False(double.IsNaN(v));
        }
    }

    [Fact]
    public void Downtime_per_year_uses_8760_hours()
    {
        Assert.Equal(TimeSpan.FromHours(8.76), Availability.DowntimePerYear(0.999));
        Assert.Equal(TimeSpan.FromSeconds(52.56 * 60), Availability.DowntimePerYear(0.9999));
        Assert.Equal(TimeSpan.FromTicks(3_153_600_000), Availability.DowntimePerYear(0.99999)); // 5.256 min
        Assert.Equal(TimeSpan.FromHours(8760), Availability.DowntimePerYear(0));
        Assert.Equal(TimeSpan.Zero, Availability.DowntimePerYear(1));
    }

    [Fact]
    public void Nines()
    {
        Assert.Equal(3, Availability.NinesOf(0.999));
        Assert.Equal(5, Availability.NinesOf(0.99999));
        Assert.Equal(1, Availability.NinesOf(0.9));
        Assert.Equal(0, Availability.NinesOf(0));
        Assert.Equal(3.30103, Availability.NinesOf(0.9995), 5);
        Assert.Equal(double.PositiveInfinity, Availability.NinesOf(1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Invalid_availabilities_are_rejected(double a)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.Series(0.9, a));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.Parallel(a));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.KOfN(1, 2, a));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.DowntimePerYear(a));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.NinesOf(a));
    }

    [Fact]
    public void K_of_n_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.KOfN(4, 3, 0.9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Availability.KOfN(-1, 3, 0.9));
        Assert.Equal(1, Availability.KOfN(0, 3, 0.2));
        Assert.Equal(0, Availability.KOfN(1, 3, 0));
        Assert.Equal(1, Availability.KOfN(3, 3, 1));
    }
}
