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
    /// <summary>Relative size of a Newton step (or of the bracket) at which a quantile is final whatever came before.</summary>
    public const double Tolerance = 1e-7;

    /// <summary>Predicted relative error of a Newton step's landing point at which it is final (<see cref="Converged"/>).</summary>
    public const double PredictedError = 1e-10;

    /// <summary>Largest relative Newton step whose landing point is final on the predicted error alone.</summary>
    public const double MaxStep = 1e-5;

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

            // arrivedBy: the relative size of the Newton step that chose t; NaN when t was a guess, a bisection or a doubling.
            var t = double.NaN;
            var arrivedBy = double.NaN;
            if (hasLast)
            {
                t = NewtonStep(last.T, last.F, last.D, p);
                arrivedBy = System.Math.Abs(t - last.T) / t;
            }

            if (!(t > lo && t < hi))
            {
                t = !hasLast ? mean * System.Math.Max(1, -System.Math.Log(1 - p))
                    : double.IsPositiveInfinity(hi) ? 2 * System.Math.Max(lo, mean)
                    : 0.5 * (lo + hi);
                arrivedBy = double.NaN;
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
                if (next >= lo && next <= hi && Converged(step / next, arrivedBy))
                {
                    result = next;
                }
                else if (next > lo && next < hi && (double.IsPositiveInfinity(hi) || step <= 0.5 * previousStep))
                {
                    previousStep = step;
                    arrivedBy = step / next;
                    t = next;
                }
                else if (double.IsPositiveInfinity(hi))
                {
                    t = 2 * t;
                    arrivedBy = double.NaN;
                }
                else
                {
                    previousStep = 0.5 * (hi - lo);
                    t = 0.5 * (lo + hi);
                    arrivedBy = double.NaN;

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
    /// Whether t + step is final, step being relative to it. Newton converges quadratically near the root: the error
    /// after a step of relative size r is about K·r², and K is measured by the step before, K ≈ r / r_before² (the
    /// step that led here, also Newton's). The answer is final when the predicted error max(1, K)·r² is at most
    /// <see cref="PredictedError"/> and r at most <see cref="MaxStep"/>; with no Newton step before (first guess,
    /// bisection), only when r itself is at most <see cref="Tolerance"/>.
    /// </summary>
    private static bool Converged(double r, double arrivedBy)
    {
        if (r <= Tolerance)
        {
            return true;
        }

        if (!(r <= MaxStep) || double.IsNaN(arrivedBy) || arrivedBy <= 0)
        {
            return false;
        }

        var k = r / (arrivedBy * arrivedBy);
        return System.Math.Max(1, k) * r * r <= PredictedError;
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
