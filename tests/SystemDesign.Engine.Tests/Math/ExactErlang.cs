using System.Numerics;
using static System.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// An independent reference for the Erlang formulas: the textbook sums evaluated exactly in integers
/// (BigInteger), for a rational offered load a = p/q. Only for small c; used to check the engine's
/// recurrence and to confirm published table values.
/// </summary>
internal static class ExactErlang
{
    /// <summary>
    /// Erlang B = (aᶜ/c!) / Σ_{k=0}^{c} aᵏ/k!. Multiplying every term by c!·qᶜ makes it an integer:
    /// T_k = pᵏ·q^{c−k}·c!/k!.
    /// </summary>
    public static double ErlangB(int servers, long numerator, long denominator)
    {
        BigInteger[] terms = Terms(servers, numerator, denominator);
        BigInteger sum = BigInteger.Zero;
        foreach (BigInteger term in terms)
        {
            sum += term;
        }

        return Ratio(terms[servers], sum);
    }

    /// <summary>
    /// Erlang C = (aᶜ/c!)·c/(c−a) / (Σ_{k=0}^{c−1} aᵏ/k! + (aᶜ/c!)·c/(c−a)); with a = p/q,
    /// c/(c−a) = cq/(cq − p), so C = T_c·c·q / ((cq − p)·Σ_{k&lt;c} T_k + T_c·c·q).
    /// </summary>
    public static double ErlangC(int servers, long numerator, long denominator)
    {
        BigInteger[] terms = Terms(servers, numerator, denominator);
        BigInteger below = BigInteger.Zero;
        for (int k = 0; k < servers; k++)
        {
            below += terms[k];
        }

        BigInteger top = terms[servers] * servers * denominator;
        BigInteger slack = (new BigInteger(servers) * denominator) - numerator;
        return Ratio(top, (slack * below) + top);
    }

    private static BigInteger[] Terms(int servers, long p, long q)
    {
        // T_c = p^c; T_{k−1} = T_k · k · q / p  (exact: T_k = p^k q^{c−k} c!/k!).
        var terms = new BigInteger[servers + 1];
        terms[servers] = BigInteger.Pow(p, servers);
        for (int k = servers; k > 0; k--)
        {
            terms[k - 1] = terms[k] * k * q / p;
        }

        return terms;
    }

    private static double Ratio(BigInteger numerator, BigInteger denominator) =>
        Exp(BigInteger.Log(numerator) - BigInteger.Log(denominator));
}
