using System;
using System.Globalization;
using static System.Math;

namespace SystemDesign.Engine.Math;

/// <summary>Capacity planning with a safety margin: how many instances carry a load with headroom.</summary>
public static class Headroom
{
    /// <summary>The default margin: capacity ≥ 1.2 × load, as capacity-planning tutorials teach.</summary>
    public const double DefaultHeadroom = 1.2;

    // Decimal holds 28–29 significant digits; inside these bounds the product and quotient stay exact-ish and in range.
    private const double DecimalMax = 1e14;
    private const double DecimalMin = 1e-10;

    /// <summary>
    /// The smallest integer n with n × <paramref name="perInstanceCapacity"/> ≥
    /// <paramref name="headroom"/> × <paramref name="load"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Computed in <see cref="decimal"/> when the inputs are of ordinary size, so that decimal-exact
    /// inputs give the exact answer: 1000 at 150 per instance with 1.2 headroom is exactly 8
    /// (in double, 1000 × 1.2 / 150 is 8.000000000000002 and rounding up would give 9). Each input is
    /// read to 15 significant digits, which also drops the residue of earlier floating-point arithmetic
    /// (0.1 + 0.2 is read as 0.3), and a quotient within a relative 1e-12 of an integer is that integer
    /// (the residue of a load that is itself a ratio, 50,000 ÷ 3). Values outside [1e-10, 1e14], or a quotient of 1e15 or more, fall
    /// back to double arithmetic, where a quotient within a relative 1e-9 of an integer counts as that integer.
    /// </para>
    /// <para>
    /// A load of 0 needs 0 instances: this is the capacity requirement alone; a caller that must keep a
    /// component running adds its own minimum of 1. A count beyond <see cref="long.MaxValue"/> saturates.
    /// </para>
    /// </remarks>
    /// <param name="load">The load to carry, finite and ≥ 0 (requests per second, connections, GB...).</param>
    /// <param name="perInstanceCapacity">What one instance carries, in the unit of the load: finite and &gt; 0.</param>
    /// <param name="headroom">The margin, finite and &gt; 0; 1.2 means capacity ≥ 120% of the load.</param>
    /// <returns>The instance count, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or out of range.</exception>
    public static long MinimumInstances(double load, double perInstanceCapacity, double headroom = DefaultHeadroom)
    {
        if (double.IsNaN(load) || double.IsInfinity(load) || load < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(load),
                string.Format(CultureInfo.InvariantCulture, "The load must be a finite number ≥ 0, but was {0}.", NumberText.Raw(load)));
        }

        if (double.IsNaN(perInstanceCapacity) || double.IsInfinity(perInstanceCapacity) || perInstanceCapacity <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(perInstanceCapacity),
                string.Format(CultureInfo.InvariantCulture, "The capacity of one instance must be a finite number > 0, in the unit of the load, but was {0}.", NumberText.Raw(perInstanceCapacity)));
        }

        if (double.IsNaN(headroom) || double.IsInfinity(headroom) || headroom <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(headroom),
                string.Format(CultureInfo.InvariantCulture, "The headroom must be a finite number > 0 (1.2 for 20% spare capacity), but was {0}.", NumberText.Raw(headroom)));
        }

        if (load == 0)
        {
            return 0;
        }

        double quotient = headroom * load / perInstanceCapacity;
        if (InDecimalRange(load) && InDecimalRange(perInstanceCapacity) && InDecimalRange(headroom) && quotient < 1e15)
        {
            // The decimal quotient of the 15-digit inputs differs from the double one by under 1e-13 relative: a
            // double quotient farther than 1e-9 from an integer has the same ceiling, and decimal division (the
            // cost of this method, called several times per component) is needed only close to one. Below 1e-6
            // decimal's 28 places lose digits, so small quotients always take the decimal path.
            double below = Floor(quotient);
            if (quotient >= 1e-6 && quotient - below > 1e-9 * quotient && below + 1 - quotient > 1e-9 * quotient)
            {
                return (long)below + 1;
            }

            // (decimal)double keeps 15 significant digits: 1.2 becomes exactly 1.2m. A load that is itself a ratio
            // (50,000 req/s shared by 3 callers is 16,666.6666666667 to 15 digits) leaves a residue of a few parts in
            // 10¹⁵ on an exact multiple (1.2 × it ÷ 1,000 = 20.00000000000004): within ResidueTolerance of an
            // integer, the quotient is that integer, so no count is raised by rounding alone.
            decimal exact = (decimal)headroom * (decimal)load / (decimal)perInstanceCapacity;
            decimal nearestInteger = decimal.Round(exact);
            return (long)(IsResidue(exact, nearestInteger) ? nearestInteger : decimal.Ceiling(exact));
        }

        // A quotient within a relative 1e-9 of an integer is that integer: floating-point residue, not real demand.
        double nearest = Round(quotient);
        double needed = Abs(quotient - nearest) <= 1e-9 * quotient ? nearest : Ceiling(quotient);
        return needed >= long.MaxValue ? long.MaxValue : (long)needed;
    }

    /// <summary>
    /// Whether <paramref name="instances"/> × <paramref name="perInstanceCapacity"/> equals <paramref name="load"/>
    /// exactly (utilization exactly 100%, a saturated queue), read as <see cref="MinimumInstances"/> reads its inputs:
    /// in decimal to 15 significant digits where the figures are of ordinary size, else within a relative 1e-9.
    /// </summary>
    /// <param name="load">The load, finite and &gt; 0.</param>
    /// <param name="perInstanceCapacity">What one instance carries, finite and &gt; 0.</param>
    /// <param name="instances">The instance count.</param>
    /// <returns>True when the instances carry the load with nothing to spare.</returns>
    public static bool IsExactlyCarried(double load, double perInstanceCapacity, long instances)
    {
        if (InDecimalRange(load) && InDecimalRange(perInstanceCapacity) && instances < 1e14)
        {
            decimal exactlyCarried = (decimal)perInstanceCapacity * instances;
            return IsResidue((decimal)load, exactlyCarried);
        }

        double carried = perInstanceCapacity * instances;
        return Abs(carried - load) <= 1e-9 * load;
    }

    private static bool InDecimalRange(double value) => value >= DecimalMin && value <= DecimalMax;

    /// <summary>
    /// Relative distance under which two decimal figures read from doubles are one figure: 15-digit inputs put a
    /// derived ratio's residue near 1e-15, and no real demand is specified to 12 significant digits.
    /// </summary>
    private const decimal ResidueTolerance = 1e-12m;

    private static bool IsResidue(decimal value, decimal other) =>
        value == other || System.Math.Abs(value - other) <= ResidueTolerance * System.Math.Abs(other);
}
