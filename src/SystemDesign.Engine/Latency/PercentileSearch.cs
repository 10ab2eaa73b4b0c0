namespace SystemDesign.Engine.Latency;

/// <summary>A response-time distribution on t ≥ 0 whose CDF and density are evaluated together at one t.</summary>
internal interface IDistribution
{
    /// <summary>F(t) and f(t) for t &gt; 0.</summary>
    (double Cdf, double Density) At(double t);
}

/// <summary>
/// Quantiles of a distribution known through (F, f) evaluations, each of which costs a Talbot inversion: Newton
/// steps on the cumulative hazard h(t) = −ln(1 − F(t)), safeguarded by a bracket. See docs/engine-math.md,
/// "Percentile search".
/// </summary>
/// <remarks>
/// Why the cumulative hazard: the tail of a sum and mixture of exponentials is exponential, so h is nearly linear
/// there and a Newton step on it, t + (1 − F)·ln((1 − F)/(1 − p))/f, is exact for an exponential; Newton on F
/// itself crawls in the tail, where F is flat. The step is taken only when it stays inside the bracket and (once
/// the bracket is closed) at least halves the previous step, as in Numerical Recipes' rtsafe; otherwise bisection
/// (or doubling while no upper bound is known). Several p's are solved in increasing order: every evaluation
/// tightens the brackets of the later ones, and each later p starts with a Newton step from the last evaluation,
/// which costs nothing.
/// </remarks>
internal static class PercentileSearch
{
    /// <summary>Relative size of the last Newton step (or of the bracket) at which a quantile is final.</summary>
    public const double Tolerance = 1e-7;

    private const int MaxEvaluationsPerQuantile = 100;
    private const int Remembered = 32;

    /// <summary>
    /// The <paramref name="ps"/>-quantiles into <paramref name="quantiles"/> (same order); p ≤ 0 gives 0, p ≥ 1 gives
    /// +∞. <paramref name="mean"/> (&gt; 0) sets the scale: the first guess is an exponential's quantile with it.
    /// </summary>
    public static void Quantiles<T>(ref T distribution, double mean, double[] ps, double[] quantiles)
        where T : struct, IDistribution
    {
        var order = SortByValue(ps);

        // Points already evaluated (t, F): brackets for the later p's.
        var seenT = new double[Remembered];
        var seenF = new double[Remembered];
        var seen = 0;
        var last = (T: 0.0, F: 0.0, D: 0.0);
        var hasLast = false;
        foreach (var index in order)
        {
            var p = ps[index];
            if (!(p > 0 && p < 1))
            {
                quantiles[index] = p >= 1 ? double.PositiveInfinity : p <= 0 ? 0 : double.NaN;
                continue;
            }

            double lo = 0, hi = double.PositiveInfinity;
            for (var i = 0; i < seen; i++)
            {
                if (seenF[i] < p)
                {
                    lo = System.Math.Max(lo, seenT[i]);
                }
                else
                {
                    hi = System.Math.Min(hi, seenT[i]);
                }
            }

            var t = hasLast ? NewtonStep(last.T, last.F, last.D, p) : mean * System.Math.Max(1, -System.Math.Log(1 - p));
            if (!(t > lo && t < hi))
            {
                t = double.IsPositiveInfinity(hi) ? 2 * System.Math.Max(lo, mean) : 0.5 * (lo + hi);
            }

            var result = double.NaN;
            var previousStep = double.PositiveInfinity;
            for (var i = 0; i < MaxEvaluationsPerQuantile && double.IsNaN(result); i++)
            {
                var (f, d) = distribution.At(t);
                if (seen < Remembered)
                {
                    seenT[seen] = t;
                    seenF[seen++] = f;
                }

                last = (t, f, d);
                hasLast = true;
                if (f == p)
                {
                    result = t;
                    break;
                }

                if (f < p)
                {
                    lo = t;
                }
                else
                {
                    hi = t;
                }

                var next = NewtonStep(t, f, d, p);
                var step = System.Math.Abs(next - t);
                if (step <= Tolerance * next)
                {
                    // Quadratic convergence: the error of next is of the order of step² (docs/engine-math.md).
                    result = next;
                }
                else if (next > lo && next < hi && (double.IsPositiveInfinity(hi) || step <= 0.5 * previousStep))
                {
                    previousStep = step;
                    t = next;
                }
                else if (double.IsPositiveInfinity(hi))
                {
                    t = 2 * t;
                }
                else
                {
                    previousStep = 0.5 * (hi - lo);
                    t = 0.5 * (lo + hi);

                    // Bisection ends on the bracket's width; the absolute floor ends a search for a p below an atom
                    // at 0 (some requests take no time at all), where lo stays 0 and the answer is 0.
                    if (hi - lo <= Tolerance * hi || hi <= Tolerance * Tolerance * mean)
                    {
                        result = t;
                    }
                }
            }

            quantiles[index] = double.IsNaN(result) ? t : result;
        }
    }

    /// <summary>
    /// Newton's step on h(t) = −ln(1 − F(t)) towards h = −ln(1 − p), from a point with CDF f and density d; NaN when
    /// it is undefined (F = 1 numerically, or no positive density).
    /// </summary>
    private static double NewtonStep(double t, double f, double d, double p)
    {
        var survival = 1 - f;
        return survival > 0 && d > 0 ? t + (survival * System.Math.Log(survival / (1 - p)) / d) : double.NaN;
    }

    private static int[] SortByValue(double[] values)
    {
        // Insertion sort, stable: a handful of targets. The order of NaNs does not matter (they are answered apart).
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var j = i;
            while (j > 0 && values[order[j - 1]] > values[i])
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = i;
        }

        return order;
    }
}
