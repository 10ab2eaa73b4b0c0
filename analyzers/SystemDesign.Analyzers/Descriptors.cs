using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers;

/// <summary>
/// One descriptor per row of the rule table (<see cref="Rules"/>): id, title, category, default severity, description
/// and help link all come from the row. Every message is "{0}": the engine's own message with its arithmetic, so the
/// IDE and the test report say the same thing. <c>.editorconfig</c> (<c>dotnet_diagnostic.SD2001.severity</c>),
/// <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> apply as usual.
/// </summary>
public static class Descriptors
{
    /// <summary>Every descriptor, in rule-id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = Build();

    private static Dictionary<string, DiagnosticDescriptor> ById { get; } = All.ToDictionary(descriptor => descriptor.Id, System.StringComparer.Ordinal);

    /// <summary>The descriptor of a rule id, or null for an id the analyzer does not know (a newer engine).</summary>
    /// <param name="id">A rule id such as "SD2001".</param>
    /// <returns>The descriptor, or null.</returns>
    public static DiagnosticDescriptor? For(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>The descriptor of a rule of the table.</summary>
    /// <param name="rule">A row of <see cref="Rules"/>.</param>
    /// <returns>Its descriptor.</returns>
    public static DiagnosticDescriptor For(Rule rule) => ById[rule.Id];

    [SuppressMessage(
        "MicrosoftCodeAnalysisDesign",
        "RS1017:DiagnosticId for analyzers must be a non-null constant",
        Justification = "The ids come from the rule table; DescriptorTests checks AnalyzerReleases.*.md against it instead.")]
    private static ImmutableArray<DiagnosticDescriptor> Build() =>
        Rules.All.Select(rule => new DiagnosticDescriptor(
            id: rule.Id,
            title: rule.Title,
            messageFormat: "{0}",
            category: rule.Category,
            defaultSeverity: Severity(rule.DefaultSeverity),
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpLink)).ToImmutableArray();

    /// <summary>The IDE's severity of a rule's or a finding's severity.</summary>
    internal static DiagnosticSeverity Severity(Model.Severity severity) => severity switch
    {
        Model.Severity.Error => DiagnosticSeverity.Error,
        Model.Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
