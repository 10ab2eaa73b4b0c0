using System;
using static System.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// A seeded discrete-event simulation of an M/M/c FIFO queue, independent of the engine's formulas:
/// exponential interarrival and service times from <see cref="Random"/>, one FIFO line, c servers.
/// </summary>
internal static class MmcSimulation
{
    /// <summary>Simulates warm-up + customers arrivals and returns the response times of the last <paramref name="customers"/>.</summary>
    public static double[] ResponseTimes(double arrivalRate, double serviceRate, int servers, int customers, int warmUp, int seed)
    {
        var random = new Random(seed);
        var freeAt = new double[servers]; // When each server finishes its current work.
        var responses = new double[customers];
        double now = 0;
        for (int i = 0; i < warmUp + customers; i++)
        {
            now += Exponential(random, arrivalRate);

            // FIFO: customers are taken in arrival order, each by the server that frees first, so
            // service starts are non-decreasing in arrival order.
            int server = 0;
            for (int s = 1; s < servers; s++)
            {
                if (freeAt[s] < freeAt[server])
                {
                    server = s;
                }
            }

            double start = Max(now, freeAt[server]);
            freeAt[server] = start + Exponential(random, serviceRate);
            if (i >= warmUp)
            {
                responses[i - warmUp] = freeAt[server] - now;
            }
        }

        return responses;
    }

    /// <summary>The empirical p-quantile of sorted samples (the smallest sample with at least p of them at or below it).</summary>
    public static double Quantile(double[] sorted, double p)
    {
        int index = (int)Ceiling(p * sorted.Length) - 1;
        return sorted[Max(0, Min(sorted.Length - 1, index))];
    }

    private static double Exponential(Random random, double rate) => -Log(1 - random.NextDouble()) / rate;
}
