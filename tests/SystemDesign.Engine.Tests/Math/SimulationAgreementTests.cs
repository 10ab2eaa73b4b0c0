using System;
using System.Collections.Generic;
using System.Globalization;
using SystemDesign.Engine.Math;
using Xunit.Abstractions;
using static System.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>The analytic M/M/c figures against a seeded discrete-event simulation (MmcSimulation).</summary>
public sealed class SimulationAgreementTests
{
    // Stated tolerance, relative: 5% on the mean, p50 and p95 of the response time, 7.5% on p99.
    // Measured over 30 seeds with 2M customers at rho = 0.9, c = 1 (the noisiest case: successive
    // response times are strongly correlated near saturation), the RMS error was 1.1% on the mean and
    // p50, 1.2% on p95 and 2.3% on p99, with no bias beyond noise; the sample sizes below keep each
    // tolerance at about 3 standard errors or more, so a wrong formula fails and a fair one passes.
    private const double Tolerance = 0.05;
    private const double TailTolerance = 0.075;
    private const int WarmUp = 20_000;

    private readonly ITestOutputHelper _output;

    public SimulationAgreementTests(ITestOutputHelper output) => _output = output;

    /// <summary>Eight parameter sets drawn from a fixed seed: ρ in [0.3, 0.9], c in [1, 16], μ in [0.5, 5].</summary>
    public static IEnumerable<object[]> ParameterSets()
    {
        var random = new Random(20_240_601);
        for (int i = 0; i < 8; i++)
        {
            int servers = 1 + random.Next(16);
            double utilization = 0.3 + (0.6 * random.NextDouble());
            double serviceRate = 0.5 + (4.5 * random.NextDouble());
            yield return new object[] { i, servers, utilization, serviceRate };
        }
    }

    [Theory]
    [MemberData(nameof(ParameterSets))]
    public void Analytic_mean_and_percentiles_of_the_response_time_agree_with_a_simulation(int set, int servers, double utilization, double serviceRate)
    {
        double arrivalRate = utilization * servers * serviceRate;
        var queue = MmcQueue.Create(arrivalRate, serviceRate, servers);

        // The simulation's variance grows like 1/(1 − ρ)²: more customers near saturation, within the time budget.
        int customers = (int)Min(1_500_000, Max(200_000, 60_000 / ((1 - utilization) * (1 - utilization))));
        double[] responses = MmcSimulation.ResponseTimes(arrivalRate, serviceRate, servers, customers, WarmUp, seed: 1_000 + set);
        double mean = 0;
        foreach (double r in responses)
        {
            mean += r;
        }

        mean /= responses.Length;
        Array.Sort(responses);

        var checks = new (string Name, double Analytic, double Simulated, double Tolerance)[]
        {
            ("mean", queue.MeanResponseTime, mean, Tolerance),
            ("p50", queue.ResponseTimePercentile(0.50), MmcSimulation.Quantile(responses, 0.50), Tolerance),
            ("p95", queue.ResponseTimePercentile(0.95), MmcSimulation.Quantile(responses, 0.95), Tolerance),
            ("p99", queue.ResponseTimePercentile(0.99), MmcSimulation.Quantile(responses, 0.99), TailTolerance),
        };

        foreach (var (name, analytic, simulated, tolerance) in checks)
        {
            double error = Abs(simulated - analytic) / analytic;
            _output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "set {0} c={1} rho={2:F3} mu={3:F3} n={8} {4}: analytic {5:G6} simulated {6:G6} error {7:P2}",
                set,
                servers,
                utilization,
                serviceRate,
                name,
                analytic,
                simulated,
                error,
                customers));
            Assert.True(error <= tolerance, string.Format(CultureInfo.InvariantCulture, "{0}: analytic {1:R}, simulated {2:R}", name, analytic, simulated));
        }
    }
}
