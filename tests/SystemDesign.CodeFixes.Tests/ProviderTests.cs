using System;
using System.Composition;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SystemDesign.Model;

namespace SystemDesign.CodeFixes.Tests;

public class ProviderTests
{
    public static TheoryData<Type, string> Providers => new()
    {
        { typeof(SetInstancesCodeFixProvider), EquivalenceKeys.SetInstances },
        { typeof(SetParameterCodeFixProvider), EquivalenceKeys.SetParameter },
        { typeof(AddComponentCodeFixProvider), EquivalenceKeys.AddComponent },
        { typeof(SetKnobCodeFixProvider), EquivalenceKeys.SetKnob },
        { typeof(SetEdgeKnobCodeFixProvider), EquivalenceKeys.SetEdgeKnob },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Providers_are_sealed_exported_for_CSharp_and_shared(Type type, string key)
    {
        Assert.True(type.IsSealed);
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal(new[] { LanguageNames.CSharp }, export!.Languages);
        Assert.Equal(type.Name, export.Name);
        Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
        Assert.StartsWith("SystemDesign.", key, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Providers_fix_only_known_ids_and_support_fix_all_in_every_scope(Type type, string key)
    {
        _ = key;
        var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
        var known = Rules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(provider.FixableDiagnosticIds);
        Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, known));
        Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, provider.GetFixAllProvider()!.GetSupportedFixAllScopes().ToArray());
    }

    [Fact]
    public void Every_finding_with_an_instances_figure_has_the_set_instances_fix()
    {
        // docs/engine.md's rules table: the rules whose properties carry 'instances' (SD3001, SD4001: 'instances:<name>' per component).
        Assert.Equal(
            new[] { "SD1002", "SD2001", "SD2002", "SD2003", "SD2004", "SD3001", "SD4001", "SD4002", "SD6001", "SD6002", "SD6004", "SD6005" },
            new SetInstancesCodeFixProvider().FixableDiagnosticIds.OrderBy(i => i, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_knob_a_finding_proposes_has_a_provider_that_applies_it()
    {
        // The knob rows with a FixProperty: instances and partitions have their own providers, every other row is
        // SetKnob's; every edge-knob row with one is SetEdgeKnob's. A row given a FixProperty without a fix fails here.
        Assert.Equal(
            new[] { "ConnectionPool", "DeadLetterQueue", "FailoverTime", "Instances", "InvalidatesOnWrite", "Partitions", "Shards" },
            Knobs.All.Where(k => k.FixProperty is not null).Select(k => k.Method).OrderBy(m => m, StringComparer.Ordinal).ToArray());
        Assert.All(EdgeKnobs.All, k => Assert.NotNull(k.FixProperty));
        Assert.Equal(
            new[] { "SD0025", "SD7004", "SD7005", "SD7006", "SD7007" },
            new SetEdgeKnobCodeFixProvider().FixableDiagnosticIds.OrderBy(i => i, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            new[] { "SD7008", "SD7009", "SD7012", "SD7013", "SD7015" },
            new SetKnobCodeFixProvider().FixableDiagnosticIds.OrderBy(i => i, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void No_finding_is_fixed_in_halves_by_two_providers()
    {
        // A finding that proposes two knobs (a replica's count and its primary's shards, a consumer's count and its
        // stream's partitions) gets one action that applies both: the count's (SetInstances, which applies the knobs
        // named beside it). So the providers that set values fix disjoint rules; AddComponent shares SD1002 and
        // SD1004 only for a tier whose type the design lacks, where the value fixes find no component to edit.
        var valueProviders = new CodeFixProvider[] { new SetInstancesCodeFixProvider(), new SetParameterCodeFixProvider(), new SetKnobCodeFixProvider(), new SetEdgeKnobCodeFixProvider() };
        var shared = valueProviders.SelectMany(p => p.FixableDiagnosticIds.Distinct()).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(shared);
        Assert.Equal(
            new[] { "SD1001", "SD1002", "SD1004" },
            new AddComponentCodeFixProvider().FixableDiagnosticIds.OrderBy(i => i, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Equivalence_keys_are_distinct()
    {
        var keys = new[] { EquivalenceKeys.SetInstances, EquivalenceKeys.SetParameter, EquivalenceKeys.AddComponent, EquivalenceKeys.SetKnob, EquivalenceKeys.SetEdgeKnob };
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
