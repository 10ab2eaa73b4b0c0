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
                    if (finding.RuleId == Rules.InvalidWeight.Id && connection.Weight is { } weight)
                    {
                        return (weight, Sites.Weight, design.Find(finding.Component));
                    }

                    // A finding about an edge knob (SD0025, the SD7xxx call policies) goes on that knob if it was set.
                    return finding.Knob is { } edgeKnob && connection.Knobs.TryGetValue(edgeKnob, out var knobAt)
                        ? (knobAt, edgeKnob, design.Find(finding.Component))
                        : (connection.Invocation, Sites.Edge, design.Find(finding.Component));
                }
            }

            foreach (var component in design.Components)
            {
                if (Matches(component.Creation, span))
                {
                    var (location, site) = OnDeclaredComponent(finding, component);
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

    private static (Location, string) OnDeclaredComponent(Finding finding, ComponentSite site)
    {
        var rule = finding.RuleId;
        if ((rule == Rules.EmptyName.Id || rule == Rules.DuplicateName.Id) && site.NameArgument is { } name)
        {
            return (name, Sites.Name);
        }

        if (rule == Rules.EmptyType.Id && site.TypeArgument is { } type)
        {
            return (type, Sites.TypeArgument);
        }

        return finding.Knob is { } knob ? Knob(site, knob) : (site.Creation, Sites.Creation);
    }

    private static (Location, string) OnNamedComponent(Finding finding, ComponentSite site, InterpretedDesign design)
    {
        var properties = finding.Properties;
        var rule = finding.RuleId;
        if (rule == Rules.TypeOutsidePalette.Id || rule == Rules.UnknownComponentType.Id)
        {
            return site.TypeArgument is { } type ? (type, Sites.TypeArgument) : (site.Creation, Sites.Creation);
        }

        if (rule == Rules.CacheLossOverload.Id)
        {
            // The fix raises the overloaded component's instances, so the squiggle goes there.
            return Knob(properties.TryGetValue("overloaded", out var overloaded) && design.Find(overloaded) is { } behind ? behind : site, Knobs.Instances.Key);
        }

        if (rule == Rules.PartitionsCapConsumers.Id)
        {
            return Knob(properties.TryGetValue("stream", out var stream) && design.Find(stream) is { } s ? s : site, Knobs.Partitions.Key);
        }

        if (rule == Rules.ParameterOutOfRange.Id)
        {
            return Knob(site, properties.TryGetValue("parameter", out var parameter) ? ComponentSite.ParameterKey(parameter) : string.Empty);
        }

        // An engine finding about one knob (SD0024's claimed figure) goes on that knob's value.
        if (finding.Knob is { } knob)
        {
            return Knob(site, knob);
        }

        return properties.ContainsKey(Knobs.Instances.FixProperty!) ? Knob(site, Knobs.Instances.Key) : (site.Creation, Sites.Creation);
    }

    /// <summary>The knob's value argument if the design set it, else the placing call (where a fix appends the knob).</summary>
    private static (Location, string) Knob(ComponentSite site, string key) =>
        site.Knobs.TryGetValue(key, out var knob) ? (knob.Argument, knob.Method) : (site.Creation, Sites.Creation);

    private static bool Matches(Location location, SourceSpan span) =>
        location.SourceSpan.Start == span.Start && location.SourceSpan.Length == span.Length
        && string.Equals(location.SourceTree?.FilePath ?? string.Empty, span.Path, StringComparison.Ordinal);

    /// <summary>Invariant text for a line number in messages.</summary>
    public static string Line(Location location) =>
        (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
}
