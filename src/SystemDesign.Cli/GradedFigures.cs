using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Cli;

/// <summary>
/// What <c>sysdesign show</c> prints besides the statement: the palette's figures and the latency targets no design
/// can meet, read from the engine itself. Nothing here re-derives a figure: each comes from <see cref="Grader.Grade(Problem, Architecture, EngineOptions?)"/>
/// on small probe designs, so it is settled exactly as a real design's component would be (design value, then problem
/// constant, then registry default, each with its source), or from the registry's own entries (kinds, aliases, roles).
/// </summary>
internal sealed record GradedFigures(IReadOnlyList<PaletteFigures> Palette, IReadOnlyList<UnreachableLatency> Unreachable, string? LatencyNotProbed)
{
    private const string ProbeClient = "probe client";

    public static GradedFigures Of(Problem problem, ComponentRegistry registry)
    {
        // One probe holds one component of every palette type: the engine settles each type's figures for this problem.
        var probe = Grader.Grade(problem, new Architecture(problem.Id, problem.Palette.Select(t => new Component(t, t) { Instances = 1 }), []));
        var palette = problem.Palette
            .Select(type => PaletteFigures.Of(type, probe.Components.FirstOrDefault(c => c.Name == type), registry))
            .ToList();

        if (problem.Workload.RequestRate is null)
        {
            return new GradedFigures(palette, [], "the problem states no request rate, so the engine grades no latency");
        }

        if (!problem.Workload.LatencyTargets.Any(t => LatencyClasses.IsGraded(t.AppliesTo)))
        {
            return new GradedFigures(palette, [], null);
        }

        return new GradedFigures(palette, OutOfReach(problem, palette), null);
    }

    /// <summary>
    /// The graded latency targets that no design of the palette's types can meet at their default service times.
    /// Every request a design serves passes at least one on-path component besides its client, so the fastest path
    /// possible is one hop through the fastest palette type: for each such type, the engine grades the design
    /// "client → that type" and reports, for a missed target, the no-queueing floor (docs/engine.md, SD3002). A target
    /// that every one-hop path misses even at its floor is out of reach; the smallest floor is printed.
    /// </summary>
    private static List<UnreachableLatency> OutOfReach(Problem problem, List<PaletteFigures> palette)
    {
        var best = new Dictionary<(string Class, double Percentile, double Target), UnreachableLatency?>();
        // A type without a service time is a hop that takes no time: its probe meets every bound, as it should.
        foreach (var type in palette.Where(p => p.OnRequestPath && p.Kind != ComponentTypes.Client))
        {
            var design = new Architecture(
                problem.Id,
                [new Component(ProbeClient, ComponentTypes.Client) { Instances = 1 }, new Component(type.Type, type.Type) { Instances = 1 }],
                [new Connection(ProbeClient, type.Type, ConnectionKind.Calls)]);
            foreach (var r in Grader.Grade(problem, design).Latency.Where(r => r.TargetMilliseconds is not null))
            {
                var key = (r.RequestClass, r.Percentile, r.TargetMilliseconds!.Value);
                var reachable = !r.TargetInfeasible;
                if (!best.TryGetValue(key, out var known))
                {
                    best[key] = reachable ? null : new UnreachableLatency(r.RequestClass, r.Percentile, key.Value, r.FloorMilliseconds!.Value, type.Type);
                }
                else if (known is not null)
                {
                    best[key] = reachable ? null : known.FloorMs <= r.FloorMilliseconds!.Value ? known : known with { FloorMs = r.FloorMilliseconds.Value, Through = type.Type };
                }
            }
        }

        return [.. best.Values.OfType<UnreachableLatency>()
            .OrderBy(u => u.RequestClass, StringComparer.Ordinal).ThenBy(u => u.Percentile).ThenBy(u => u.TargetMs)];
    }
}

/// <summary>A palette type as the engine settles it for the problem, with the registry's kind, aliases and client role.</summary>
internal sealed record PaletteFigures(
    string Type,
    string? AliasOf,
    string Kind,
    bool OnRequestPath,
    IReadOnlyList<string> Aliases,
    string? ClientRole,
    Figure? CapacityRps,
    Figure? ServiceTimeMs,
    Figure? HourlyCostUsd,
    Figure? UsdPerMillionRequests,
    Figure? Availability)
{
    public static PaletteFigures Of(string type, ComponentResult? settled, ComponentRegistry registry)
    {
        var resolved = registry.Resolve(type);
        var canonical = resolved?.CanonicalType ?? type;
        // The other names of a canonical type ("kafka" for stream); an alias names its canonical type in AliasOf instead.
        var aliases = registry.Types.Where(t => t.AliasOf == type).Select(t => t.Type).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var kind = settled?.Kind ?? resolved?.Kind.Id ?? "unknown";
        return new PaletteFigures(
            type,
            canonical != type ? canonical : null,
            kind,
            settled?.OnRequestPath ?? resolved?.Kind.OnRequestPath ?? true,
            aliases,
            kind == ComponentTypes.Client ? (resolved?.Emits ?? Catalog.ClientRole.All).Name() : null,
            settled?.CapacityPerInstance,
            settled?.ServiceTimeMs,
            settled?.HourlyCostUsd,
            settled?.UsdPerMillionRequests,
            settled?.InstanceAvailability);
    }
}

/// <summary>A graded latency target that even the fastest one-hop path misses with no queueing at all.</summary>
internal sealed record UnreachableLatency(string RequestClass, double Percentile, double TargetMs, double FloorMs, string Through);
