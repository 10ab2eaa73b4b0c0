using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;

namespace SystemDesign.Analyzers;

/// <summary>
/// Turns one engine finding into its diagnostic: placed by <see cref="FindingLocator"/>, with the finding's own
/// properties plus the ones the code fixes read (problem id, site, component, kind, type).
/// </summary>
internal static class FindingDiagnostics
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Finding finding, InterpretedDesign design, Location attributeAt, string problemId)
    {
        var (location, site, component) = FindingLocator.Locate(finding, design, attributeAt);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var pair in finding.Properties)
        {
            properties[pair.Key] = pair.Value;
        }

        properties[DiagnosticProperties.ProblemId] = problemId;
        properties[DiagnosticProperties.Site] = site;
        if (finding.Component is { } name)
        {
            properties[DiagnosticProperties.Component] = name;
        }

        if (component is not null)
        {
            properties[DiagnosticProperties.Kind] = component.Method;
            if (!properties.ContainsKey(DiagnosticProperties.Type))
            {
                properties[DiagnosticProperties.Type] = design.Architecture.Components[component.Index].Type;
            }
        }

        return Diagnostic.Create(descriptor, location, properties.ToImmutable(), finding.Message);
    }

    /// <summary>A finding about the design as a whole when there is no interpreted design to place it in (SD0019).</summary>
    public static Diagnostic OnAttribute(DiagnosticDescriptor descriptor, Finding finding, Location attributeAt, string problemId)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var pair in finding.Properties)
        {
            properties[pair.Key] = pair.Value;
        }

        properties[DiagnosticProperties.ProblemId] = problemId;
        properties[DiagnosticProperties.Site] = DiagnosticProperties.Sites.Attribute;
        return Diagnostic.Create(descriptor, attributeAt, properties.ToImmutable(), finding.Message);
    }
}
