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

        return Create(descriptor, finding, location, properties.ToImmutable());
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
        return Create(descriptor, finding, attributeAt, properties.ToImmutable());
    }

    // The engine may report a finding below its rule's default severity: an error of a gate the problem records as
    // infeasible comes as information (issue 11), and the build must not fail on it.
    private static Diagnostic Create(DiagnosticDescriptor descriptor, Finding finding, Location location, ImmutableDictionary<string, string?> properties)
    {
        var severity = Descriptors.Severity(finding.Severity);
        return severity == descriptor.DefaultSeverity
            ? Diagnostic.Create(descriptor, location, properties, finding.Message)
            : Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, finding.Message);
    }
}
