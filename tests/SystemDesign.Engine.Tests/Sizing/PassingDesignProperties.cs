using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>
/// Properties of the required count at a design that passes (issue 9; docs/engine.md, "Required instances"), on the
/// random shapes of <see cref="SizingProperties"/>: sized to their own proposals under a latency target tighter than
/// they first had, then given spares (half as many again), so the latency targets bind below the declared counts.
/// </summary>
public sealed class PassingDesignProperties
{
    private const int Samples = 40;

    /// <summary>The findings of a constraint the design fails: a proposed count, a missed target, an unbounded or uncomputed latency.</summary>
    private static readonly string[] Failing =
        [.. ProposedCounts.SizingRules, .. ProposedCounts.TargetRules, Rules.UnboundedLatency.Id, Rules.LatencyNotComputed.Id];

    /// <summary>The findings of a latency target missed, in normal operation or a failure scenario, or not computed.</summary>
    private static readonly string[] LatencyFailing =
        [Rules.LatencyTargetMissed.Id, Rules.UnboundedLatency.Id, Rules.ScenarioLatencyMissed.Id, Rules.LatencyNotComputed.Id];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 3)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void At_a_passing_design_the_required_count_is_held_keeps_every_constraint_and_one_fewer_fails_one(int seed)
    {
        var (passing, lowered, byLatency) = (0, 0, 0);
        foreach (var shape in Seeded.Samples(SizingProperties.Shapes, (ulong)(7000 + seed), Samples))
        {
            if (WithSpares(shape) is not var (problem, design) || Fails(Designs.Evaluate(problem, design)) is not { Length: 0 })
            {
                continue;
            }

            passing++;
            var e = Designs.Evaluate(problem, design);
            foreach (var c in e.Components)
            {
                if (c.RequiredInstances is not { } required)
                {
                    continue;
                }

                Assert.True(required <= c.Instances.Value, $"{shape}: {c.Name} holds {c.Instances.Value} and passes, but requires {required} ({c.RequiredBecause})");
                if (required <= 1 || required >= c.Instances.Value)
                {
                    continue;
                }

                lowered++;
                byLatency += c.RequiredBecause!.Contains("latency targets", StringComparison.Ordinal) || c.RequiredBecause.Contains(" ms target of the ", StringComparison.Ordinal) ? 1 : 0;
                var fewer = Designs.Evaluate(problem, PassingDesignCountTests.WithInstances(design, c.Name, (int)required - 1));
                Assert.True(Fails(fewer).Length > 0, $"{shape}: {c.Name} at {required - 1}, one below its required {required} ({c.RequiredBecause}), fails nothing");
                // At the required count every constraint holds (others as declared). Not asserted where the app pools its
                // connections: the probe keeps the pools' waits as declared (docs/engine.md), and fewer callers wait longer.
                if (shape.More.Pool is null)
                {
                    var atRequired = Fails(Designs.Evaluate(problem, PassingDesignCountTests.WithInstances(design, c.Name, (int)required)));
                    Assert.True(atRequired.Length == 0, $"{shape}: {c.Name} at its required {required} ({c.RequiredBecause}) fails {string.Join("; ", atRequired.Select(f => f.ToString()))}");
                }
            }
        }

        Assert.True(passing >= 8 && byLatency >= 10, $"only {passing} of {Samples} shapes pass with spares, {lowered} counts lowered, {byLatency} decided by a latency target");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_probe_changes_no_finding_and_at_a_design_that_misses_a_latency_target_nothing(int seed)
    {
        var (failing, probed) = (0, 0);
        foreach (var shape in Seeded.Samples(SizingProperties.Shapes, (ulong)(8000 + seed), Samples))
        {
            // The shape as drawn (mostly failing) and with spares (mostly passing), each with and without the probe.
            var cases = new List<(Problem, Architecture)> { (Tight(shape, shape.Build()), shape.Build()) };
            if (WithSpares(shape) is { } spared)
            {
                cases.Add(spared);
            }

            foreach (var (problem, design) in cases)
            {
                var probe = Designs.Evaluate(problem, design);
                var none = Grader.Grade(problem, design, ProblemCatalog.BuiltIn.Components, new EngineOptions { MaxLatencyProbeWork = 0 });
                Assert.Equal(Key(none), Key(probe));
                var required = probe.Components.Select(c => (c.Name, c.RequiredInstances, c.RequiredBecause)).ToArray();
                if (probe.Findings.Any(f => LatencyFailing.Contains(f.RuleId)))
                {
                    failing++;
                    Assert.Equal(none.Components.Select(c => (c.Name, c.RequiredInstances, c.RequiredBecause)), required);
                }
                else
                {
                    probed += required.Zip(none.Components).Any(p => p.First.RequiredInstances != p.Second.RequiredInstances) ? 1 : 0;
                }
            }
        }

        Assert.True(failing >= 40 && probed >= 10, $"only {failing} designs that miss a latency target compared, {probed} that keep them whose counts the probe raised");
    }

    // The shape sized to its proposals under a target 10% under its own P99 of reads, twice (the targets' counts bring the
    // scenarios' in), then half as many instances again of every component; null when it has no finite P99 of reads.
    private static (Problem, Architecture)? WithSpares(SizingProperties.Shape shape)
    {
        var design = ProposedCounts.Applied(shape.Build(), Designs.Evaluate(shape.Problem, shape.Build()));
        var problem = Tight(shape, design);
        if (problem.Workload.LatencyTargets.Count == 0)
        {
            return null;
        }

        for (var pass = 0; pass < 2; pass++)
        {
            design = ProposedCounts.Applied(design, Designs.Evaluate(problem, design));
        }

        var spared = design.Components.Select(c => c.Instances is { } n && n < 1_000_000 ? c with { Instances = n + 1 + (n / 2) } : c).ToArray();
        return (problem, new Architecture(design.ProblemId, spared, design.Connections, design.BuildFindings));
    }

    private static Problem Tight(SizingProperties.Shape shape, Architecture design)
    {
        var untargeted = Designs.Evaluate(Designs.Problem(rate: shape.Rate, readRatio: shape.ReadRatio, peak: shape.Peak), design);
        var p99 = untargeted.Latency.FirstOrDefault(l => l.RequestClass == "read")?.Milliseconds ?? double.PositiveInfinity;
        return Designs.Problem(rate: shape.Rate, readRatio: shape.ReadRatio, peak: shape.Peak, availability: 0.999,
            latency: double.IsFinite(p99) ? [new LatencyTarget(99, p99, "test")] : []);
    }

    private static Finding[] Fails(Results.Evaluation e) => [.. e.Findings.Where(f => Failing.Contains(f.RuleId))];

    private static string[] Key(Results.Evaluation e) =>
        [.. e.Findings.Select(f => $"{f.RuleId} {f.Component} {f.Message} {string.Join(",", f.Properties.Select(p => p.Key + "=" + p.Value))}")];
}
