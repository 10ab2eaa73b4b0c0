namespace SystemDesign.Engine.Math;

/// <summary>
/// What retries do to a dependency's load (docs/engine.md, "Timeouts and retries"). A caller that retries a failed call
/// up to r times, against a dependency that fails each attempt independently with probability p, sends
/// 1 + p + p² + … + pʳ attempts per call: λ·(1 − p^(r+1))/(1 − p), and λ·(r + 1) when every call fails
/// (AWS Builders' Library, "Timeouts, retries, and backoff with jitter"; Google SRE book, ch. 22 "Addressing Cascading
/// Failures", "Retries"). Layers that each retry multiply: the SRE book's three layers that each retry 3 times (4 attempts) send 4³ = 64
/// attempts to the database per user request while it is down.
/// </summary>
internal static class RetryAmplification
{
    /// <summary>Attempts per call, Σₖ₌₀..ᵣ pᵏ: 1 with no failures, r + 1 when every attempt fails.</summary>
    /// <param name="failureShare">p, the probability one attempt fails, in [0, 1] (clamped).</param>
    /// <param name="retries">r ≥ 0, the retries after the first attempt.</param>
    /// <returns>The multiplier of the load the dependency receives.</returns>
    public static double Attempts(double failureShare, int retries)
    {
        var p = Clamp(failureShare);
        var r = System.Math.Max(0, retries);
        // The closed form divides 0 by 0 at p = 1, where every attempt is made; a hostile retry count (SD0025 reports
        // it) costs one Pow, never a loop.
        return p >= 1 ? r + 1.0 : (1 - System.Math.Pow(p, r + 1.0)) / (1 - p);
    }

    /// <summary>The share of calls that fail after every attempt, p^(r+1) (attempts fail independently).</summary>
    /// <param name="failureShare">p, the probability one attempt fails.</param>
    /// <param name="retries">r ≥ 0.</param>
    /// <returns>The share of calls the caller sees fail.</returns>
    public static double Exhausted(double failureShare, int retries) =>
        System.Math.Pow(Clamp(failureShare), System.Math.Max(0, retries) + 1.0);

    /// <summary>
    /// Attempts a request sends to the last of a chain of layers that all fail, ∏(rᵢ + 1): the SRE book's
    /// "a single request at the highest layer may produce a number of attempts as large as the product of the number
    /// of attempts at each layer".
    /// </summary>
    /// <param name="retriesPerLayer">The retries each layer makes, caller first.</param>
    /// <returns>The product of the attempts.</returns>
    public static double AttemptsThroughLayers(params int[] retriesPerLayer)
    {
        var product = 1.0;
        foreach (var retries in retriesPerLayer)
        {
            product *= Attempts(1, retries);
        }

        return product;
    }

    private static double Clamp(double p) => p > 1 ? 1 : p > 0 ? p : 0;
}
