using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SystemDesign.CodeFixes.Syntax;
using SystemDesign.Model;

namespace SystemDesign.CodeFixes;

/// <summary>
/// Sets the component knob a finding proposes, read off the knob table: a property named by a row's
/// <see cref="Knob.FixProperty"/> ("poolSize" → "14", "failoverSeconds" → "600", "deadLetterQueue" → "1") sets that knob
/// on the finding's component, and <see cref="Knob.FixPropertyFor"/> ("poolSize:App Servers" → "12") on the component it
/// names. A value knob replaces the argument of the call that sets it now or appends the typed call (<c>.Parameter(name,
/// x)</c> where the handle lacks it); a switch appends <c>.DeadLetterQueue()</c>. Instances and partitions have their
/// own providers (<see cref="SetInstancesCodeFixProvider"/>, <see cref="SetParameterCodeFixProvider"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetKnobCodeFixProvider)), Shared]
public sealed class SetKnobCodeFixProvider : KnobFixProvider
{
    // The rows other providers apply; every other row with a FixProperty is this provider's.
    private static readonly Knob[] Settable = Knobs.All.Where(k => k.FixProperty is not null && k != Knobs.Instances && k != Knobs.Partitions).ToArray();

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.PoolsExceedConnectionLimit.Id,
        Rules.PoolBelowConcurrency.Id,
        Rules.NoDeadLetterQueue.Id,
        Rules.StaleCache.Id,
        Rules.RecoveryObjectiveMissed.Id,
        Rules.Overloaded.Id); // a replica no count carries proposes shards on its primary ("shards:Primary DB")

    private protected override string EquivalenceKey => EquivalenceKeys.SetKnob;

    private protected override KnobChange? Plan(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe) =>
        PlanAll(diagnostic, node, describe).FirstOrDefault();

    private protected override IEnumerable<KnobChange> PlanAll(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe)
    {
        var changes = new List<KnobChange>();
        foreach (var pair in diagnostic.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            foreach (var knob in Settable)
            {
                PlacedComponent? component;
                if (pair.Key == knob.FixProperty)
                {
                    component = ComponentAt(node, DesignFix.Site(diagnostic), describe, DesignFix.Property(diagnostic, Analyzers.DiagnosticProperties.Component));
                }
                else if (knob.ComponentOfFixProperty(pair.Key) is { } name && describe.CountNamed(name) == 1)
                {
                    component = describe.Find(name);
                }
                else
                {
                    continue;
                }

                if (component is not null && Change(describe, component, knob, pair.Value) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        return changes;
    }

    private static KnobChange? Change(DescribeMethod describe, PlacedComponent component, Knob knob, string? text)
    {
        // A switch is proposed on; a count (a pool) must be a whole number ≥ 1 to fit its int parameter.
        var isSwitch = knob.Format == KnobFormat.Flag;
        var valid = isSwitch ? text == Knob.SwitchOn : knob.Format != KnobFormat.Count || KnobEdits.TryParseCount(text, out _);
        if (!valid || !KnobEdits.TryParse(text, out var value))
        {
            return null;
        }

        var existing = describe.LastKnobArgument(component, knob.Method, knob.Parameter);
        var typed = DescribeMethod.Offers(component.HandleType, knob.Method);
        if (existing is null && isSwitch && typed)
        {
            return new KnobChange(component, null, knob.Method, null, value, Switch: true);
        }

        // A switch set through Parameter(name, x) gets its value replaced; any knob the handle lacks goes through Parameter.
        return new KnobChange(component, existing, typed ? knob.Method : Knobs.ParameterMethod, typed ? null : knob.Parameter, value);
    }
}
