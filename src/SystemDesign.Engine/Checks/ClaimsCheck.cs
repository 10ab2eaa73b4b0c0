using System;
using System.Collections.Generic;
using SystemDesign.Catalog;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Figures a grade rests on (docs/engine.md, "Claims and placeholder figures"): every per-instance figure the design
/// states in place of its type's default is a claim, listed in the report; one past <see cref="Margin"/> of the default
/// is an SD0024 warning naming the figure, the default and its source. A component whose type's figures are placeholders
/// in the registry, and which the design did not replace, is listed as resting on placeholders.
/// </summary>
internal static class ClaimsCheck
{
    /// <summary>
    /// How far a claim may go before it is a warning: 10× the default capacity or connections, a tenth of the default
    /// service time or price, a tenth of the default's downtime (one more nine). An order of magnitude is past what
    /// tuning one instance gives and within what a mistyped unit or an invented figure gives.
    /// </summary>
    public const double Margin = 10;

    private static readonly Claimable[] Claimables =
    [
        new("req/s", Knobs.CapacityPerInstance, n => n.CapacityPerInstance, d => d.CapacityRps, Higher,
            (v, d) => $"{N(v)} req/s is {N(v / d)}× the default {N(d)} req/s"),
        new("connections", Knobs.ConnectionsPerInstance, n => n.ConnectionsPerInstance, d => d.CapacityConnections, Higher,
            (v, d) => $"{N(v)} is {N(v / d)}× the default {N(d)}"),
        new("ms", Knobs.ServiceTime, n => n.ServiceTimeMs, d => d.ServiceTimeMs, Lower,
            (v, d) => $"{N(v)} ms is {N(d / v)}× below the default {N(d)} ms"),
        new("fraction", Knobs.Availability, n => n.Availability, d => d.Availability, Downtime,
            (v, d) => v >= 1
                ? $"{Percent(v)} claims no downtime at all, against the default {Percent(d)}"
                : $"{Percent(v)} claims {N((1 - d) / (1 - v))}× less downtime than the default {Percent(d)}"),
        new("USD/h", Knobs.HourlyCost, n => n.HourlyCost, d => d.HourlyCostUsd, Lower,
            (v, d) => $"${Price(v)}/h is {N(d / v)}× below the default ${Price(d)}/h"),
    ];

    public static (IReadOnlyList<ClaimedFigure> Claims, IReadOnlyList<PlaceholderFigures> Placeholders) Run(EvaluationContext context)
    {
        var claims = new List<ClaimedFigure>();
        var placeholders = new List<PlaceholderFigures>();

        // Resolving a component without its knobs gives the figures its type would have: the problem's constant, else the
        // registry's default. The resolver settles each type once, so this stays linear in the design's size.
        var defaults = new ComponentResolver(context.Problem, context.Registry);
        foreach (var node in context.Nodes)
        {
            var placeholder = context.Registry.Resolve(node.Component.Type)?.Placeholders ?? ComponentDefaults.None;
            List<string>? resting = null;
            ResolvedComponent? bare = null;
            foreach (var c in Claimables)
            {
                if (c.Used(node) is not { } used)
                {
                    continue;
                }

                if (IsDesigned(used))
                {
                    bare ??= defaults.Resolve(new Component(node.Name, node.Component.Type), node.Index);
                    claims.Add(Claim(context, node, c, used.Value, c.Used(bare)));
                }
                else if (c.Placeholder(placeholder) is not null && used.Origin == FigureOrigin.Registry)
                {
                    (resting ??= []).Add(c.Knob.Label);
                }
            }

            if (resting is not null)
            {
                placeholders.Add(new PlaceholderFigures { Component = node.Name, Type = node.Component.Type, Figures = resting });
            }
        }

        return (claims, placeholders);
    }

    private static ClaimedFigure Claim(EvaluationContext context, ResolvedComponent node, Claimable c, double value, Figure? byDefault)
    {
        var far = byDefault is { } d && c.Far(value, d.Value);
        if (far)
        {
            context.Findings.Add(new Finding(Rules.ClaimedFigure, node.Name,
                $"{node.Name}: {c.Knob.Label} {c.Compare(value, byDefault!.Value)} ({byDefault.Source}). The grade rests on this claim: say where the figure comes from (a benchmark, a published limit or SLA), or remove it to grade with the default.")
            {
                Knob = c.Knob.Key,
            });
        }

        return new ClaimedFigure { Component = node.Name, Figure = c.Knob.Label, Value = value, Unit = c.Unit, Default = byDefault, FarFromDefault = far };
    }

    // Only the value the design states is a claim; one the engine worked out from it (a batch's capacity) is not.
    private static bool IsDesigned(Figure figure) => figure.Origin == FigureOrigin.Design;

    private static bool Higher(double value, double byDefault) => PastMargin(value, byDefault);

    private static bool Lower(double value, double byDefault) => PastMargin(byDefault, value);

    // Availability(1) claims no downtime; otherwise the claim is far when it promises less than a tenth of the downtime.
    private static bool Downtime(double value, double byDefault) =>
        value > byDefault && (value >= 1 || PastMargin(1 - (decimal)byDefault, 1 - (decimal)value));

    /// <summary>
    /// larger &gt; <see cref="Margin"/> × smaller, decided in decimal (as the figures are written: 0.9995 is exactly one
    /// more nine than 0.995, not a float's hair past it); figures beyond decimal's range are decided in double.
    /// </summary>
    private static bool PastMargin(double larger, double smaller) =>
        larger < DecimalRange && smaller < DecimalRange ? PastMargin((decimal)larger, (decimal)smaller) : larger > Margin * smaller;

    private static bool PastMargin(decimal larger, decimal smaller) => larger > (decimal)Margin * smaller;

    private const double DecimalRange = 1e27;

    /// <summary>
    /// One figure a design can claim, named by its knob's report label: how it reads on a resolved component and in the
    /// registry, and when it is far.
    /// </summary>
    private sealed record Claimable(
        string Unit,
        Knob Knob,
        Func<ResolvedComponent, Figure?> Used,
        Func<ComponentDefaults, Sourced?> Placeholder,
        Func<double, double, bool> Far,
        Func<double, double, string> Compare);
}
