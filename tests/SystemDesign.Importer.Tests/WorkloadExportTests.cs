using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>Parses every NFR line of the real catalog export and checks coverage floors.</summary>
public sealed class WorkloadExportTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_request_rate_latency_and_availability_line_of_the_export_is_covered()
    {
        var problems = WorkloadExport.Load();
        Assert.Equal(618, problems.Count);

        int rateLines = 0, rateRead = 0, rateAsRate = 0, rateAsConcurrency = 0;
        int latencyLines = 0, latencyRead = 0, availabilityLines = 0, availabilityRead = 0;
        var percentiles = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unread = new List<string>();

        foreach (var problem in problems)
        {
            foreach (var line in problem.Nfrs)
            {
                var single = WorkloadParser.Parse(problem.Id, [line], [], []);
                switch (line.Label)
                {
                    case "Request Rate":
                        rateLines++;
                        if (single.RequestRate is not null || single.ConcurrentConnections is not null)
                        {
                            rateRead++;
                        }
                        else
                        {
                            unread.Add("Request Rate: " + line.Text);
                        }

                        rateAsRate += single.RequestRate is null ? 0 : 1;
                        rateAsConcurrency += single.RequestRate is null && single.ConcurrentConnections is not null ? 1 : 0;
                        break;
                    case "Latency":
                        latencyLines++;
                        if (single.LatencyTargets.Count > 0)
                        {
                            latencyRead++;
                            foreach (var t in single.LatencyTargets)
                            {
                                var key = t.Percentile is { } p ? "P" + p.ToString(CultureInfo.InvariantCulture) : "no percentile";
                                percentiles[key] = percentiles.GetValueOrDefault(key) + 1;
                            }
                        }
                        else
                        {
                            unread.Add("Latency: " + line.Text);
                        }

                        break;
                    case "Availability":
                        availabilityLines++;
                        // Read as the target, or as another objective ("99.9% GPU utilization"): not left unread.
                        if (single.AvailabilityTarget is not null || single.OtherObjectives.Count > 0)
                        {
                            availabilityRead++;
                        }
                        else
                        {
                            unread.Add("Availability: " + line.Text);
                        }

                        break;
                }
            }
        }

        // Whole problems: how many carry each field once every source is combined.
        var all = problems.Select(p => WorkloadParser.Parse(p.Id, p.Nfrs, p.Constants, p.Functional)).ToList();
        output.WriteLine($"Request Rate lines: {rateRead}/{rateLines} read ({rateAsRate} as a rate, {rateAsConcurrency} as concurrency only)");
        output.WriteLine($"Latency lines:      {latencyRead}/{latencyLines} read; targets by percentile: {string.Join(", ", percentiles.Select(kv => kv.Key + " " + kv.Value))}");
        output.WriteLine($"Availability lines: {availabilityRead}/{availabilityLines} read");
        output.WriteLine($"Problems (of {all.Count}) with requestRate {all.Count(w => w.RequestRate is not null)} (peak-stated {all.Count(w => w.RequestRateStatedAtPeak is not null)}, from Throughput {all.Count(w => w.RequestRate?.Source.StartsWith("NFR Throughput", StringComparison.Ordinal) == true)}), "
            + $"readRatio {all.Count(w => w.ReadRatio is not null)}, peakMultiplier {all.Count(w => w.PeakMultiplier is not null)}, "
            + $"concurrentConnections {all.Count(w => w.ConcurrentConnections is not null)}, latencyTargets {all.Count(w => w.LatencyTargets.Count > 0)}, "
            + $"availabilityTarget {all.Count(w => w.AvailabilityTarget is not null)}, monthlyBudget {all.Count(w => w.MonthlyBudget is not null)}");
        foreach (var group in all.SelectMany(w => w.Unparsed).GroupBy(u => u.Field + ": " + u.Text).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  unparsed x{group.Count()} {group.Key}");
        }

        Assert.Equal(395, rateLines);
        Assert.Equal(605, latencyLines);
        Assert.Equal(601, availabilityLines);
        Assert.True(rateRead >= 394, $"Request Rate lines read: {rateRead}; not read: {string.Join(" | ", unread)}");
        Assert.True(latencyRead >= 598, $"Latency lines read: {latencyRead}");
        // 591 lines hold a percentage; "Operate with 50% staff" is not an availability target, so 590 start with one.
        Assert.True(availabilityRead >= 590, $"Availability lines read: {availabilityRead}");
        // Lines stating each percentile: 432 lines hold the 435 "P99" occurrences, 170 lines the 176 "P95";
        // 15 write "P99.9" and 2 more "P999".
        Assert.True(percentiles.GetValueOrDefault("P99") >= 432, "P99 targets");
        Assert.True(percentiles.GetValueOrDefault("P95") >= 170, "P95 targets");
        Assert.True(percentiles.GetValueOrDefault("P99.9") >= 17, "P99.9 targets");
        Assert.True(percentiles.GetValueOrDefault("P50") >= 4, "P50 targets");
    }
}

/// <summary>Small reader of the catalog export for tests: problem blocks, NFR lines, constants, FR lines.</summary>
internal static class WorkloadExport
{
    public sealed record Problem(int Number, string Id, List<NonFunctionalRequirement> Nfrs, List<Constant> Constants, List<string> Functional);

    private static readonly Regex Item = new(@"^- \*\*(.+?):\*\*\s*(.*)$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<Problem> Load()
    {
        var path = RepoPaths.Export;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.UTF8.GetString(Encoding.GetEncoding(10000).GetBytes(File.ReadAllText(path, Encoding.UTF8)));

        var parts = Regex.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"(?m)^## (\d+)\. ", RegexOptions.CultureInvariant);
        var problems = new List<Problem>();
        for (var i = 1; i + 1 < parts.Length; i += 2)
        {
            var problem = new Problem(int.Parse(parts[i], CultureInfo.InvariantCulture), string.Empty, [], [], []);
            string? section = null, id = null;
            foreach (var line in parts[i + 1].Split('\n'))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    var name = line[4..].Trim();
                    section = name is "Non-Functional Requirements" or "Constants/Assumptions" or "Functional Requirements" ? name
                        : name is "Description" or "Summary" or "Goal" or "Hints" or "Available Components" or "Solution Analysis" or "Tiers/Checkpoints" or "Reference Solution" or "Tutorial Narrative" ? null
                        : section;
                    continue;
                }

                id ??= line.StartsWith("**ID:** ", StringComparison.Ordinal) ? line[8..].Trim() : null;
                var m = Item.Match(line);
                if (section == "Non-Functional Requirements" && m.Success)
                {
                    problem.Nfrs.Add(new NonFunctionalRequirement(m.Groups[1].Value, m.Groups[2].Value.Trim()));
                }
                else if (section == "Constants/Assumptions" && m.Success)
                {
                    var v = m.Groups[2].Value.Trim();
                    problem.Constants.AddRange(TestConstants.Of((m.Groups[1].Value, double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : v is "true" or "false" ? v == "true" : v)));
                }
                else if (section == "Functional Requirements" && line.StartsWith("- ", StringComparison.Ordinal))
                {
                    problem.Functional.Add(line[2..].Trim());
                }
            }

            problems.Add(problem with { Id = id ?? "problem-" + parts[i] });
        }

        return problems;
    }
}
