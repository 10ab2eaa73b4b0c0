using System;
using System.Globalization;

namespace SystemDesign.Engine.Math;

/// <summary>Availability from how often a unit fails and how long it takes to repair (docs/engine-math.md).</summary>
public static partial class Availability
{
    /// <summary>
    /// The steady-state availability of a unit that alternates between up and down: A = MTBF ÷ (MTBF + MTTR), MTBF the
    /// mean time up between failures and MTTR the mean time to repair (the two-state availability model; Trivedi,
    /// <i>Probability and Statistics with Reliability, Queuing and Computer Science Applications</i>, 2nd ed., 2002).
    /// A unit that fails every 999 h and is repaired in 1 h is up 99.9% of the time.
    /// </summary>
    /// <param name="timeBetweenFailuresHours">Mean time between failures, in hours: positive, +∞ for a unit that never fails.</param>
    /// <param name="repairTimeHours">Mean time to repair, in hours: positive and finite.</param>
    /// <returns>The availability, in (0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is NaN, not positive, or the repair time is infinite.</exception>
    public static double FromRepair(double timeBetweenFailuresHours, double repairTimeHours)
    {
        RequireHours(timeBetweenFailuresHours, nameof(timeBetweenFailuresHours), allowInfinity: true);
        RequireHours(repairTimeHours, nameof(repairTimeHours), allowInfinity: false);
        return double.IsPositiveInfinity(timeBetweenFailuresHours)
            ? 1
            : timeBetweenFailuresHours / (timeBetweenFailuresHours + repairTimeHours);
    }

    /// <summary>
    /// The mean time between failures that an availability and a repair time imply, the inverse of
    /// <see cref="FromRepair"/>: MTBF = A × MTTR ÷ (1 − A). An availability of 1 never fails (+∞).
    /// </summary>
    /// <param name="availability">The availability, in (0, 1].</param>
    /// <param name="repairTimeHours">Mean time to repair, in hours: positive and finite.</param>
    /// <returns>The mean time between failures, in hours (+∞ for an availability of 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The availability is not in (0, 1], or the repair time is not positive and finite.</exception>
    public static double TimeBetweenFailures(double availability, double repairTimeHours)
    {
        if (Require(availability, nameof(availability)) == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(availability), "An availability of 0 implies no time between failures; it must be in (0, 1].");
        }

        RequireHours(repairTimeHours, nameof(repairTimeHours), allowInfinity: false);
        return availability >= 1 ? double.PositiveInfinity : availability * repairTimeHours / (1 - availability);
    }

    private static void RequireHours(double hours, string parameter, bool allowInfinity)
    {
        if (double.IsNaN(hours) || hours <= 0 || (!allowInfinity && double.IsInfinity(hours)))
        {
            throw new ArgumentOutOfRangeException(
                parameter,
                string.Format(CultureInfo.InvariantCulture, "A time in hours must be positive{0}, but was {1}.", allowInfinity ? string.Empty : " and finite", NumberText.Raw(hours)));
        }
    }
}
