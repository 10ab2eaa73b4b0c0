using System;
using SystemDesign.Engine.Math;
using static System.Math;

namespace SystemDesign.Engine.Tests.Math;

public sealed class MmcQueueTests
{
    // M/M/1 with λ = 8, μ = 10, the classic worked example of the single-server formulas
    // ρ = λ/μ, L = ρ/(1−ρ), Lq = ρ²/(1−ρ), W = 1/(μ−λ), Wq = ρ/(μ−λ)
    // (Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., §2.2; Kleinrock, Queueing Systems Vol. 1, §3.2).
    [Fact]
    public void MM1_lambda_8_mu_10_textbook_example()
    {
        var queue = MmcQueue.Create(arrivalRate: 8, serviceRate: 10, servers: 1);

        Assert.True(queue.IsStable);
        Assert.Equal(0.8, queue.Utilization, 12);
        Assert.Equal(0.8, queue.OfferedLoad, 12);
        Assert.Equal(0.8, queue.ProbabilityOfWaiting, 12); // For c = 1, P(wait) = ρ.
        Assert.Equal(4.0, queue.MeanNumberInSystem, 12);
        Assert.Equal(3.2, queue.MeanQueueLength, 12);
        Assert.Equal(0.5, queue.MeanResponseTime, 12);
        Assert.Equal(0.4, queue.MeanWaitingTime, 12);
    }

    // For c = 1 the response time is exactly Exp(μ − λ) (Kleinrock Vol. 1, eq. 3.27; Gross & Harris §2.2.4):
    // the general hypoexponential-mixture inversion must reproduce t_p = −ln(1 − p)/(μ − λ).
    [Theory]
    [InlineData(8.0, 10.0)]
    [InlineData(1.0, 3.0)]
    [InlineData(0.99, 1.0)]
    [InlineData(0.001, 1.0)]
    public void MM1_response_time_percentiles_are_those_of_an_exponential_with_rate_mu_minus_lambda(double lambda, double mu)
    {
        var queue = MmcQueue.Create(lambda, mu, 1);
        foreach (double p in new[] { 0.01, 0.5, 0.9, 0.95, 0.99, 0.999, 0.999999 })
        {
            double expected = -Log(1 - p) / (mu - lambda);
            double actual = queue.ResponseTimePercentile(p);
            Assert.True(Abs(actual - expected) <= 1e-9 * expected, $"p={p}: expected {expected:R}, got {actual:R}");
            Assert.Equal(1 - p, queue.ProbabilityResponseExceeds(expected), 10);
        }
    }

    // Waiting-time tail P(Wq > t) = C·e^{−(cμ−λ)t} (Gross & Harris §2.3, M/M/c waiting-time distribution):
    // the percentile inverts it; below 1 − C nobody waits.
    [Fact]
    public void Waiting_time_percentile_inverts_the_Erlang_C_tail()
    {
        var queue = MmcQueue.Create(arrivalRate: 10, serviceRate: 1, servers: 12);
        double c = queue.ProbabilityOfWaiting;
        double theta = 12 - 10.0;
        Assert.Equal(0, queue.WaitingTimePercentile(1 - c - 1e-6));
        foreach (double p in new[] { 0.8, 0.9, 0.99 })
        {
            double t = queue.WaitingTimePercentile(p);
            Assert.Equal(Log(c / (1 - p)) / theta, t, 12);
            Assert.Equal(1 - p, queue.ProbabilityWaitExceeds(t), 12);
        }
    }

    // Erlang-2 case: when cμ − λ = μ the conditional response time is Exp(μ) + Exp(μ), survival e^{−μt}(1 + μt).
    [Fact]
    public void Equal_rates_use_the_Erlang_2_distribution_and_are_continuous_with_neighbours()
    {
        var queue = MmcQueue.Create(arrivalRate: 1, serviceRate: 1, servers: 2); // cμ − λ = 1 = μ.
        double c = queue.ProbabilityOfWaiting;
        Assert.Equal(1.0 / 3.0, c, 14); // C(2, 1) = 1/3 (Erlang C by hand: B(2,1) = 1/5; C = (1/5)/(1 − ½·⅘)).

        foreach (double p in new[] { 0.5, 0.9, 0.99 })
        {
            double t = queue.ResponseTimePercentile(p);
            double survival = ((1 - c) * Exp(-t)) + (c * Exp(-t) * (1 + t));
            Assert.Equal(1 - p, survival, 11);

            // A hair away from equal rates on either side gives nearly the same answer (no cancellation blow-up).
            double below = MmcQueue.Create(1 - 1e-9, 1, 2).ResponseTimePercentile(p);
            double above = MmcQueue.Create(1 + 1e-9, 1, 2).ResponseTimePercentile(p);
            Assert.True(Abs(below - t) < 1e-7 * t && Abs(above - t) < 1e-7 * t, $"p={p}: {below:R} {t:R} {above:R}");
        }
    }

    [Fact]
    public void Response_percentile_dominates_both_the_service_and_the_waiting_percentiles()
    {
        // T = Wq + S ≥ S and ≥ Wq path by path, so each quantile of T is at least theirs.
        var queue = MmcQueue.Create(arrivalRate: 30, serviceRate: 4, servers: 9);
        foreach (double p in new[] { 0.5, 0.9, 0.99 })
        {
            double serviceOnly = -Log(1 - p) / 4;
            double t = queue.ResponseTimePercentile(p);
            Assert.True(t > serviceOnly, $"p={p}");
            Assert.True(t > queue.WaitingTimePercentile(p), $"p={p}");
            Assert.Equal(1 - p, queue.ProbabilityResponseExceeds(t), 11);
        }
    }

    // Little's law L = λW (Little 1961) together with the independent M/M/c closed forms
    // Lq = C·ρ/(1−ρ) and L = Lq + a (Gross & Harris §2.3), on seeded random parameters.
    [Fact]
    public void Littles_law_and_the_closed_forms_agree_on_random_parameters()
    {
        var random = new Random(1961);
        for (int i = 0; i < 500; i++)
        {
            int servers = 1 + random.Next(200);
            double rho = 0.01 + (0.98 * random.NextDouble());
            double mu = Pow(10, -3 + (6 * random.NextDouble()));
            double lambda = rho * servers * mu;
            var queue = MmcQueue.Create(lambda, mu, servers);

            double lq = queue.ProbabilityOfWaiting * rho / (1 - rho);
            Assert.True(Abs(queue.MeanQueueLength - lq) <= 1e-9 * Max(1e-12, lq), $"Lq, case {i}");
            Assert.True(Abs(queue.MeanNumberInSystem - (lq + queue.OfferedLoad)) <= 1e-9 * queue.MeanNumberInSystem, $"L, case {i}");
            Assert.Equal(queue.MeanNumberInSystem / lambda, queue.MeanResponseTime, 9);
            Assert.Equal(queue.MeanWaitingTime + (1 / mu), queue.MeanResponseTime, 9);
        }
    }

    // Large c: 100,000 servers. Halfin & Whitt (1981), "Heavy-traffic limits for queues with many exponential
    // servers", Operations Research 29(3): with β = (c − a)/√a, P(wait) → 1/(1 + βΦ(β)/φ(β)).
    [Fact]
    public void Hundred_thousand_servers_match_the_Halfin_Whitt_limit_and_do_not_overflow()
    {
        var queue = MmcQueue.Create(arrivalRate: 99_900, serviceRate: 1, servers: 100_000);
        double beta = 100 / Sqrt(99_900);
        double limit = 1 / (1 + (beta * NormalCdf(beta) / NormalDensity(beta)));
        Assert.True(Abs(queue.ProbabilityOfWaiting - limit) < 0.01 * limit, $"{queue.ProbabilityOfWaiting:R} vs {limit:R}");

        var ninety = MmcQueue.Create(arrivalRate: 90_000, serviceRate: 1, servers: 100_000);
        Assert.True(ninety.IsStable);
        Assert.InRange(ninety.ProbabilityOfWaiting, 0, 1e-100); // 10,000 servers spare is ~33 standard deviations.
        AssertFiniteAndMonotone(ninety);
        AssertFiniteAndMonotone(queue);
    }

    [Fact]
    public void Offered_load_of_a_million_Erlangs_is_finite()
    {
        double b = ErlangC.ErlangB(100_000, 1e6);
        Assert.InRange(b, 0.899, 0.901); // Far past capacity B → 1 − c/a.
        Assert.Equal(1, ErlangC.ProbabilityOfWaiting(100_000, 1e6));

        var queue = MmcQueue.Create(arrivalRate: 1e6, serviceRate: 1, servers: 1_000_001);
        Assert.True(queue.IsStable);
        AssertFiniteAndMonotone(queue);
    }

    [Theory]
    [InlineData(10.0, 10.0, 1)] // ρ = 1
    [InlineData(25.0, 1.0, 24)] // ρ > 1
    [InlineData(1e300, 1e-300, 1)] // a overflows to +∞
    public void Unstable_queues_report_infinity_not_exceptions_or_NaN(double lambda, double mu, int servers)
    {
        var queue = MmcQueue.Create(lambda, mu, servers);
        Assert.False(queue.IsStable);
        Assert.Equal(1, queue.ProbabilityOfWaiting);
        Assert.Equal(double.PositiveInfinity, queue.MeanWaitingTime);
        Assert.Equal(double.PositiveInfinity, queue.MeanResponseTime);
        Assert.Equal(double.PositiveInfinity, queue.MeanQueueLength);
        Assert.Equal(double.PositiveInfinity, queue.MeanNumberInSystem);
        Assert.Equal(double.PositiveInfinity, queue.WaitingTimePercentile(0.5));
        Assert.Equal(double.PositiveInfinity, queue.ResponseTimePercentile(0.99));
        Assert.Equal(1, queue.ProbabilityResponseExceeds(1e9));
    }

    [Fact]
    public void No_arrivals_means_no_waiting()
    {
        var queue = MmcQueue.Create(arrivalRate: 0, serviceRate: 4, servers: 3);
        Assert.Equal(0, queue.ProbabilityOfWaiting);
        Assert.Equal(0, queue.MeanWaitingTime);
        Assert.Equal(0.25, queue.MeanResponseTime);
        Assert.Equal(0, queue.MeanNumberInSystem);
        Assert.Equal(-Log(0.01) / 4, queue.ResponseTimePercentile(0.99), 10);
    }

    [Theory]
    [InlineData(double.NaN, 1.0, 1, "arrivalRate")]
    [InlineData(double.PositiveInfinity, 1.0, 1, "arrivalRate")]
    [InlineData(-1.0, 1.0, 1, "arrivalRate")]
    [InlineData(1.0, 0.0, 1, "serviceRate")]
    [InlineData(1.0, double.NaN, 1, "serviceRate")]
    [InlineData(1.0, double.PositiveInfinity, 1, "serviceRate")]
    [InlineData(1.0, 1.0, 0, "servers")]
    public void Invalid_inputs_are_rejected_with_the_parameter_named(double lambda, double mu, int servers, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => MmcQueue.Create(lambda, mu, servers));
        Assert.Equal(parameter, exception.ParamName);

        Assert.Null(MmcQueue.TryCreate(lambda, mu, servers, out string? error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.NotNull(MmcQueue.TryCreate(1, 2, 1, out string? none));
        Assert.Null(none);
    }

    [Fact]
    public void Percentile_arguments_are_validated()
    {
        var queue = MmcQueue.Create(1, 2, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.ResponseTimePercentile(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.WaitingTimePercentile(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.ProbabilityWaitExceeds(-1));
        Assert.Equal(0, queue.ResponseTimePercentile(0));
        Assert.Equal(double.PositiveInfinity, queue.ResponseTimePercentile(1));
    }

    private static void AssertFiniteAndMonotone(MmcQueue queue)
    {
        Assert.False(double.IsNaN(queue.ProbabilityOfWaiting));
        Assert.True(double.IsFinite(queue.MeanResponseTime) && double.IsFinite(queue.MeanNumberInSystem));
        double previousResponse = 0;
        double previousWait = 0;
        foreach (double p in new[] { 0.1, 0.5, 0.9, 0.95, 0.99, 0.999, 0.9999 })
        {
            double response = queue.ResponseTimePercentile(p);
            double wait = queue.WaitingTimePercentile(p);
            Assert.True(double.IsFinite(response) && response > previousResponse, $"response p={p}: {response:R}");
            Assert.True(double.IsFinite(wait) && wait >= previousWait, $"wait p={p}: {wait:R}");
            previousResponse = response;
            previousWait = wait;
        }
    }

    private static double NormalDensity(double x) => Exp(-x * x / 2) / Sqrt(2 * PI);

    // Φ(x) via erfc, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): ample for a 1% check.
    private static double NormalCdf(double x)
    {
        double z = Abs(x) / Sqrt(2);
        double t = 1 / (1 + (0.3275911 * z));
        double erfc = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        erfc *= Exp(-z * z);
        return x >= 0 ? 1 - (erfc / 2) : erfc / 2;
    }
}
