using System;
using System.Numerics;
using SystemDesign.Engine.Latency;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// The fixed Talbot method (Abate &amp; Valkó 2004) on transforms with closed-form inverses. The engine inverts
/// F(s)/s to get a CDF, so the test transforms are mostly of that shape; 1/√s is the classic test of the
/// method's contour (Abate &amp; Whitt 2006, "A unified framework for numerically inverting Laplace transforms", Table 1).
/// </summary>
public sealed class TalbotInversionTests
{
    public static TheoryData<string, double> Cases()
    {
        var data = new TheoryData<string, double>();
        foreach (var name in new[] { "step", "exp", "exp cdf", "erlang2 cdf", "t e^-t", "hypoexp cdf", "1/sqrt(pi t)", "mixture cdf" })
        {
            foreach (var t in new[] { 0.01, 0.1, 0.5, 1, 2, 5, 10, 30 })
            {
                data.Add(name, t);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inverts_known_transforms_to_about_1e_minus_8(string name, double t)
    {
        var (transform, exact) = Pair(name);

        var inverted = TalbotInversion.Invert(transform, t);

        Assert.True(System.Math.Abs(inverted - exact(t)) <= 1e-8 * System.Math.Max(1, System.Math.Abs(exact(t))), $"{name} at t = {t}: {inverted:R} vs exact {exact(t):R}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_cumulative_from_F_equals_the_inversion_of_F_over_s(string name, double t)
    {
        // One set of evaluations of F gives f (Density) and ∫f (Cumulative, with weights W_k/z_k): the search's
        // Newton step relies on both being the same inversion as before, F(s)/s for the CDF.
        var (transform, _) = Pair(name);
        var re = new double[TalbotInversion.Nodes];
        var im = new double[TalbotInversion.Nodes];
        TalbotInversion.Contour(t, re, im);
        for (var k = 0; k < TalbotInversion.Nodes; k++)
        {
            var value = transform(new Complex(re[k], im[k]));
            (re[k], im[k]) = (value.Real, value.Imaginary);
        }

        var cumulative = TalbotInversion.Cumulative(re, im, 0);
        var inverted = TalbotInversion.Invert(s => transform(s) / s, t);

        Assert.True(System.Math.Abs(cumulative - inverted) <= 1e-12 * System.Math.Max(1, System.Math.Abs(inverted)), $"{name} at t = {t}: {cumulative:R} vs {inverted:R}");
        Assert.Equal(TalbotInversion.Density(re, im, 0, t), TalbotInversion.Invert(transform, t), 15);
    }

    private static (Func<Complex, Complex> Transform, Func<double, double> Exact) Pair(string name) => name switch
    {
        "step" => (s => 1 / s, _ => 1),
        "exp" => (s => 1 / (s + 1), t => System.Math.Exp(-t)),
        "exp cdf" => (s => 2 / (s * (s + 2)), t => 1 - System.Math.Exp(-2 * t)),
        "erlang2 cdf" => (s => 1 / (s * (s + 1) * (s + 1)), t => 1 - (System.Math.Exp(-t) * (1 + t))),
        "t e^-t" => (s => 1 / ((s + 1) * (s + 1)), t => t * System.Math.Exp(-t)),
        // Exp(1) + Exp(3): F(t) = 1 − (3e^{−t} − e^{−3t}) / 2.
        "hypoexp cdf" => (s => 3 / (s * (s + 1) * (s + 3)), t => 1 - (((3 * System.Math.Exp(-t)) - System.Math.Exp(-3 * t)) / 2)),
        "1/sqrt(pi t)" => (s => 1 / Complex.Sqrt(s), t => 1 / System.Math.Sqrt(System.Math.PI * t)),
        // M/M/c response: with probability 0.3 a wait Exp(0.5) before service Exp(2), else service only.
        "mixture cdf" => (s => ((0.7 * 2 / (s + 2)) + (0.3 * 0.5 / (s + 0.5) * 2 / (s + 2))) / s,
            t => 1 - (0.7 * System.Math.Exp(-2 * t)) - (0.3 * ((2 * System.Math.Exp(-0.5 * t)) - (0.5 * System.Math.Exp(-2 * t))) / 1.5)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
