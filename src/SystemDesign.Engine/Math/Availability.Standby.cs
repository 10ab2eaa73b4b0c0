using System;
using System.Globalization;

namespace SystemDesign.Engine.Math;

/// <summary>A primary with a standby that takes over when it fails (docs/engine-math.md, "Standby with failover").</summary>
public static partial class Availability
{
    /// <summary>
    /// The availability of a primary and a standby that serves nothing until it takes over, the switch taking F:
    /// U = (1 − A₁)·[(1 − A₂) + A₂·min(1, F ÷ MTTR₁)], A = 1 − U. The primary is down a fraction 1 − A₁ of the time in
    /// outages of mean MTTR₁ (so it fails (1 − A₁) ÷ MTTR₁ times per unit of time); with the standby up an outage lasts
    /// the failover F instead of the repair (the failover time is the effective repair time of a failover cluster:
    /// E. Marcus and H. Stern, <i>Blueprints for High Availability</i>, 2nd ed., Wiley 2003, ch. 17), and with the
    /// standby down it lasts the repair. F = 0 gives the parallel pair 1 − (1 − A₁)(1 − A₂); F ≥ MTTR₁ gives A₁ (a
    /// failover slower than the repair saves nothing). Example: A₁ = A₂ = 0.995, F = 120 s, MTTR₁ = 360 s:
    /// U = 0.005 × (0.005 + 0.995 ÷ 3) = 0.0016833, A = 0.998317.
    /// </summary>
    /// <param name="primary">The primary's availability A₁, in [0, 1].</param>
    /// <param name="standby">The standby's availability A₂, in [0, 1] (that of enough of its instances to carry the primary's load).</param>
    /// <param name="failoverSeconds">The failover time F: ≥ 0 and finite.</param>
    /// <param name="repairSeconds">The primary's mean time to repair MTTR₁: positive and finite.</param>
    /// <returns>The pair's availability, in [min(A₁, 1), 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An availability outside [0, 1], a negative or infinite failover, a repair time not positive and finite.</exception>
    public static double WithStandby(double primary, double standby, double failoverSeconds, double repairSeconds)
    {
        Require(primary, nameof(primary));
        Require(standby, nameof(standby));
        if (double.IsNaN(failoverSeconds) || failoverSeconds < 0 || double.IsInfinity(failoverSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(failoverSeconds), string.Format(CultureInfo.InvariantCulture, "A failover time must be at least 0 and finite, but was {0}.", NumberText.Raw(failoverSeconds)));
        }

        if (double.IsNaN(repairSeconds) || repairSeconds <= 0 || double.IsInfinity(repairSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(repairSeconds), string.Format(CultureInfo.InvariantCulture, "A repair time must be positive and finite, but was {0}.", NumberText.Raw(repairSeconds)));
        }

        var unavailable = (1 - primary) * ((1 - standby) + (standby * System.Math.Min(1, failoverSeconds / repairSeconds)));
        return 1 - unavailable;
    }
}
