using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;
using Sites = SystemDesign.Analyzers.DiagnosticProperties.Sites;

namespace SystemDesign.Analyzers;

/// <summary>
/// Puts each engine finding where a developer would fix it: a knob's argument when the finding is about that knob,
/// else the call that placed the component, an edge call for edge findings, and the <c>[Design]</c> argument for
/// findings about the whole design. The table is in README.md.
/// </summary>
internal static class FindingLocator
{
    /// <summary>Where <paramref name="finding"/> goes, what the span covers, and which component it concerns.</summary>
    public static (Location Location, string Site, ComponentSite? Component) Locate(Finding finding, InterpretedDesign design, Location attribute)
    {
        if (finding.Location is { } span)
        {
            foreach (var connection in design.Connections)
            {
                if (Matches(connection.Invocation, span))
                {
                    return finding.RuleId == RuleIds.InvalidWeight && connection.Weight is { } weight
                        ? (weight, Sites.Weight, design.Find(finding.Component))
                        : (connection.Invocation, Sites.Edge, design.Find(finding.Component));
                }
            }

            foreach (var component in design.Components)
            {
                if (Matches(component.Creation, span))
                {
                    var (location, site) = OnDeclaredComponent(finding, component, design.Architecture.Components[component.Index]);
                    return (location, site, component);
                }
            }
        }

        if (design.Find(finding.Component) is not { } site0)
        {
            return (attribute, Sites.Attribute, null);
        }

        var (at, what) = OnNamedComponent(finding, site0, design);
        return (at, what, site0);
    }

    private static (Location, string) OnDeclaredComponent(Finding finding, ComponentSite site, Component component) => finding.RuleId switch
    {
        RuleIds.EmptyName or RuleIds.DuplicateName when site.NameArgument is { } name => (name, Sites.Name),
        RuleIds.EmptyType when site.TypeArgument is { } type => (type, Sites.TypeArgument),
        RuleIds.InvalidInstances or RuleIds.HugeInstanceCount => Knob(site, "Instances"),
        RuleIds.NonPositiveKnob => Knob(site, FirstIn(finding.Message, "CapacityPerInstance", "ServiceTime", "HourlyCost")),
        RuleIds.AvailabilityOutOfRange => Knob(site, "Availability"),
        RuleIds.HitRateOutOfRange => Knob(site, ComponentSite.ParameterKey(ParameterNames.HitRate)),
        RuleIds.InvalidPartitions => Knob(site, ComponentSite.ParameterKey(ParameterNames.Partitions)),
        RuleIds.InvalidConnectionsPerInstance => Knob(site, "ConnectionsPerInstance"),
        RuleIds.BlankPlacement => Knob(site, FirstIn(finding.Message, "Zone", "Region")),
        RuleIds.KnobNotApplicable => Knob(site, NotApplicableKnob(finding.Message)),
        RuleIds.InvalidParameter => Knob(site, InvalidParameterKey(finding.Message, component)),
        _ => (site.Creation, Sites.Creation),
    };

    private static (Location, string) OnNamedComponent(Finding finding, ComponentSite site, InterpretedDesign design)
    {
        var properties = finding.Properties;
        switch (finding.RuleId)
        {
            case RuleIds.TypeOutsidePalette or RuleIds.UnknownComponentType:
                return site.TypeArgument is { } type ? (type, Sites.TypeArgument) : (site.Creation, Sites.Creation);
            case RuleIds.CacheLossOverload:
                // The fix raises the overloaded component's instances, so the squiggle goes there.
                return Knob(properties.TryGetValue("overloaded", out var overloaded) && design.Find(overloaded) is { } behind ? behind : site, "Instances");
            case RuleIds.PartitionsCapConsumers:
                return Knob(properties.TryGetValue("stream", out var stream) && design.Find(stream) is { } s ? s : site, ComponentSite.ParameterKey(ParameterNames.Partitions));
            case RuleIds.ParameterOutOfRange:
                return Knob(site, properties.TryGetValue("parameter", out var parameter) ? ComponentSite.ParameterKey(parameter) : string.Empty);
            default:
                return properties.ContainsKey("instances") ? Knob(site, "Instances") : (site.Creation, Sites.Creation);
        }
    }

    /// <summary>The knob's value argument if the design set it, else the placing call (where a fix appends the knob).</summary>
    private static (Location, string) Knob(ComponentSite site, string key) =>
        site.Knobs.TryGetValue(key, out var knob) ? (knob.Argument, knob.Method) : (site.Creation, Sites.Creation);

    private static string FirstIn(string message, params string[] knobs)
    {
        foreach (var knob in knobs)
        {
            if (message.IndexOf(" has " + knob + "(", StringComparison.Ordinal) >= 0)
            {
                return knob;
            }
        }

        return string.Empty;
    }

    private static string NotApplicableKnob(string message) =>
        message.IndexOf("sets a hit rate", StringComparison.Ordinal) >= 0 ? ComponentSite.ParameterKey(ParameterNames.HitRate)
        : message.IndexOf("sets partitions", StringComparison.Ordinal) >= 0 ? ComponentSite.ParameterKey(ParameterNames.Partitions)
        : "ConnectionsPerInstance";

    private static string InvalidParameterKey(string message, Component component)
    {
        foreach (var pair in component.Parameters)
        {
            var blank = string.IsNullOrWhiteSpace(pair.Key);
            if ((blank && message.IndexOf("empty name", StringComparison.Ordinal) >= 0)
                || (!blank && message.IndexOf("Parameter(\"" + pair.Key + "\"", StringComparison.Ordinal) >= 0))
            {
                return ComponentSite.ParameterKey(pair.Key);
            }
        }

        return string.Empty;
    }

    private static bool Matches(Location location, SourceSpan span) =>
        location.SourceSpan.Start == span.Start && location.SourceSpan.Length == span.Length
        && string.Equals(location.SourceTree?.FilePath ?? string.Empty, span.Path, StringComparison.Ordinal);

    /// <summary>Invariant text for a line number in messages.</summary>
    public static string Line(Location location) =>
        (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
}
