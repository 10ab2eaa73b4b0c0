using System.Globalization;
using Microsoft.CodeAnalysis;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;
using Sites = SystemDesign.Analyzers.DiagnosticProperties.Sites;

namespace SystemDesign.Analyzers;

/// <summary>
/// Puts each finding where a developer would fix it, from what the finding points at in the model (its
/// <see cref="Finding.Target"/> and <see cref="Finding.Knob"/>) and the interpreter's side table of where each
/// component and connection was declared: a knob's argument when the finding is about that knob, else the call that
/// placed the component, an edge call for edge findings, and the <c>[Design]</c> argument for findings about the
/// whole design or a tier. Never the message or the properties. The table is in README.md.
/// </summary>
internal static class FindingLocator
{
    /// <summary>Where <paramref name="finding"/> goes, what the span covers, and which component it concerns.</summary>
    public static (Location Location, string Site, ComponentSite? Component) Locate(Finding finding, InterpretedDesign design, Location attribute)
    {
        var target = finding.Target ?? FindingTarget.Resolve([finding], design.Architecture)[0].Target!;
        switch (target.Kind)
        {
            case FindingTargetKind.Connection when target.Index < design.Connections.Count:
                var connection = design.Connections[target.Index];
                if (finding.Knob == nameof(Edge.Weight) && connection.Weight is { } weight)
                {
                    return (weight, Sites.Weight, design.Find(finding.Component));
                }

                // A finding about an edge knob (SD0025, the SD7xxx call policies) goes on that knob if it was set.
                return finding.Knob is { } edgeKnob && connection.Knobs.TryGetValue(edgeKnob, out var knobAt)
                    ? (knobAt, edgeKnob, design.Find(finding.Component))
                    : (connection.Invocation, Sites.Edge, design.Find(finding.Component));

            case FindingTargetKind.Component when target.Index < design.Components.Count:
                var site = design.Components[target.Index];
                var (location, what) = OnComponent(finding, site);
                return (location, what, Concerned(finding, site, design));

            default:
                return (attribute, Sites.Attribute, null);
        }
    }

    private static (Location, string) OnComponent(Finding finding, ComponentSite site)
    {
        // The identity rules are about the placing call's arguments, not a knob.
        var rule = finding.RuleId;
        if ((rule == Rules.EmptyName.Id || rule == Rules.DuplicateName.Id) && site.NameArgument is { } name)
        {
            return (name, Sites.Name);
        }

        if (rule == Rules.EmptyType.Id || rule == Rules.TypeOutsidePalette.Id || rule == Rules.UnknownComponentType.Id)
        {
            return site.TypeArgument is { } type ? (type, Sites.TypeArgument) : (site.Creation, Sites.Creation);
        }

        return finding.Knob is { } knob ? Knob(site, knob) : (site.Creation, Sites.Creation);
    }

    /// <summary>
    /// The component whose kind and type the diagnostic carries: the target, unless the finding names another one
    /// (a lost cache whose fix resizes the component behind it: the finding is the cache's, the squiggle is not).
    /// </summary>
    private static ComponentSite? Concerned(Finding finding, ComponentSite target, InterpretedDesign design) =>
        finding.Component is null || string.Equals(design.Architecture.Components[target.Index].Name, finding.Component, System.StringComparison.Ordinal)
            ? target
            : design.Find(finding.Component);

    /// <summary>The knob's value argument if the design set it, else the placing call (where a fix appends the knob).</summary>
    private static (Location, string) Knob(ComponentSite site, string key) =>
        site.Knobs.TryGetValue(key, out var knob) ? (knob.Argument, knob.Method) : (site.Creation, Sites.Creation);

    /// <summary>Invariant text for a line number in messages.</summary>
    public static string Line(Location location) =>
        (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
}
