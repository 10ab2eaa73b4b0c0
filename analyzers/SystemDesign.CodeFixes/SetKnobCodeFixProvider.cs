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
/// own providers (<see cref="SetInstancesCodeFixProvider"/>, <see cref="SetParameterCodeFixProvider"/>); a knob proposed
/// beside a count (SD2001's <c>shards:Primary DB</c> beside the replica's <c>instances</c>) is applied by
/// <see cref="SetInstancesCodeFixProvider"/>, in the count's action.
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
        Rules.RecoveryObjectiveMissed.Id);

    private protected override string EquivalenceKey => EquivalenceKeys.SetKnob;

    private protected override KnobChange? Plan(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe) =>
        PlanAll(diagnostic, node, describe).FirstOrDefault();

    // A finding that also proposes a count is SetInstances' (it applies this finding's knobs in the same action), so
    // a finding never gets two actions that each apply half of what it proposes.
    private protected override IEnumerable<KnobChange> PlanAll(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe) =>
        ProposesCount(diagnostic) ? [] : KnobChanges(diagnostic, node, describe, Settable, ownKeys: true);
}
