using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Analyzers;
using SystemDesign.CodeFixes.Syntax;
using SystemDesign.Model;
using Sites = SystemDesign.Analyzers.DiagnosticProperties.Sites;

namespace SystemDesign.CodeFixes;

/// <summary>
/// Sets a parameter to the value the finding names: SD1004 (a tier's range, <c>parameter</c>/<c>value</c>) and SD2006
/// (stream partitions, <c>partitions</c>/<c>stream</c>). Replaces the argument of the call that sets it now
/// (<c>HitRate(x)</c>, <c>Partitions(n)</c>, <c>Parameter("name", x)</c>), or appends the typed knob when the handle
/// offers it and <c>.Parameter("name", value)</c> otherwise (exotic types).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetParameterCodeFixProvider)), Shared]
public sealed class SetParameterCodeFixProvider : KnobFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.ParameterOutOfRange.Id,
        Rules.PartitionsCapConsumers.Id);

    private protected override string EquivalenceKey => EquivalenceKeys.SetParameter;

    private protected override KnobChange? Plan(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe)
    {
        var site = DesignFix.Site(diagnostic);
        if (site is not (Sites.HitRate or Sites.PartitionsKnob or Sites.ParameterValue or Sites.Creation))
        {
            return null;
        }

        string? parameter, name;
        double value;
        if (diagnostic.Id == Rules.PartitionsCapConsumers.Id)
        {
            parameter = ParameterNames.Partitions;
            name = DesignFix.Property(diagnostic, DiagnosticProperties.Stream);
            if (!KnobEdits.TryParseCount(DesignFix.Property(diagnostic, DiagnosticProperties.Partitions), out var partitions))
            {
                return null;
            }

            value = partitions;
        }
        else
        {
            parameter = DesignFix.Property(diagnostic, DiagnosticProperties.Parameter);
            name = DesignFix.Property(diagnostic, DiagnosticProperties.Component);
            if (string.IsNullOrEmpty(parameter) || !KnobEdits.TryParse(DesignFix.Property(diagnostic, DiagnosticProperties.Value), out value))
            {
                return null;
            }
        }

        if (ComponentAt(node, site, describe, name) is not { } component)
        {
            return null;
        }

        var knob = Knobs.ByParameter(parameter); // the typed knob stored as this parameter
        var existing = describe.LastKnobArgument(component, knob?.Method ?? string.Empty, parameter);
        if (existing is { Parent.Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: nameof(StreamNode.Partitions) } } } && !KnobEdits.IsWhole(value))
        {
            return null;  // Partitions(int) cannot take a fraction.
        }

        var method = KnobEdits.TypedMethod(component.HandleType, knob, value) ?? Knobs.ParameterMethod;
        return new KnobChange(component, existing, method, method == Knobs.ParameterMethod ? parameter : null, value);
    }
}
