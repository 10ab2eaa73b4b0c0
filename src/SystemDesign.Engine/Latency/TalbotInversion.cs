using System;
using System.Numerics;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// Numerical inversion of a Laplace transform by the fixed Talbot method (Abate &amp; Valkó, "Multi-precision
/// Laplace transform inversion", Int. J. Numer. Meth. Engng 60 (2004) 979–993). With M = 24 nodes in double
/// precision it recovers a response-time CDF to about 1e-9, checked in the tests against closed forms.
/// </summary>
internal static class TalbotInversion
{
    private const int Nodes = 24;

    private static readonly (double Theta, double Cot, double Sigma)[] Angles = BuildAngles();

    /// <summary>f(t) from its transform F(s), for t &gt; 0.</summary>
    public static double Invert(Func<Complex, Complex> transform, double t)
    {
        var r = 2.0 * Nodes / (5.0 * t);
        var sum = 0.5 * transform(new Complex(r, 0)).Real * System.Math.Exp(r * t);
        for (var k = 1; k < Nodes; k++)
        {
            var (theta, cot, sigma) = Angles[k];
            var s = new Complex(r * theta * cot, r * theta);
            var term = Complex.Exp(t * s) * transform(s) * new Complex(1, sigma);
            sum += term.Real;
        }

        return r / Nodes * sum;
    }

    private static (double, double, double)[] BuildAngles()
    {
        var angles = new (double, double, double)[Nodes];
        for (var k = 1; k < Nodes; k++)
        {
            var theta = k * System.Math.PI / Nodes;
            var cot = 1 / System.Math.Tan(theta);
            angles[k] = (theta, cot, theta + (((theta * cot) - 1) * cot));
        }

        return angles;
    }
}
