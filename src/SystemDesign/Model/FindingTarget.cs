using System;
using System.Collections.Generic;
using System.Globalization;

namespace SystemDesign.Model;

/// <summary>What a <see cref="FindingTarget"/> points at.</summary>
public enum FindingTargetKind
{
    /// <summary>The design as a whole (its <c>[Design]</c> attribute).</summary>
    Design,

    /// <summary>One component, by its position in <see cref="Architecture.Components"/>.</summary>
    Component,

    /// <summary>One connection, by its position in <see cref="Architecture.Connections"/>.</summary>
    Connection,

    /// <summary>A tier of the problem (a requirement on a component type, not on one component).</summary>
    Tier,
}

/// <summary>
/// What a <see cref="Finding"/> is about, as a value of the model rather than a place in text: the design, the i-th
/// component or connection, or a tier. Whoever shows findings maps it to a place of their own (the analyzer to the
/// call that declared it), so no source position travels through the model.
/// </summary>
public sealed record FindingTarget
{
    private FindingTarget(FindingTargetKind kind, int index, string? tier)
    {
        Kind = kind;
        Index = index;
        TierId = tier;
    }

    /// <summary>The design as a whole.</summary>
    public static FindingTarget Design { get; } = new(FindingTargetKind.Design, -1, null);

    /// <summary>What the target is.</summary>
    public FindingTargetKind Kind { get; }

    /// <summary>The component's or connection's position in declaration order; -1 for the design and a tier.</summary>
    public int Index { get; }

    /// <summary>The tier's id (e.g. "T2") when <see cref="Kind"/> is <see cref="FindingTargetKind.Tier"/>, else null.</summary>
    public string? TierId { get; }

    /// <summary>The <paramref name="index"/>-th component of the design.</summary>
    /// <param name="index">Its position in <see cref="Architecture.Components"/>.</param>
    /// <returns>The target.</returns>
    public static FindingTarget Component(int index) =>
        index >= 0 ? new(FindingTargetKind.Component, index, null) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The <paramref name="index"/>-th connection of the design.</summary>
    /// <param name="index">Its position in <see cref="Architecture.Connections"/>.</param>
    /// <returns>The target.</returns>
    public static FindingTarget Connection(int index) =>
        index >= 0 ? new(FindingTargetKind.Connection, index, null) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A tier of the problem.</summary>
    /// <param name="tierId">The tier's id, e.g. "T2".</param>
    /// <returns>The target.</returns>
    public static FindingTarget Tier(string tierId) => new(FindingTargetKind.Tier, -1, tierId ?? string.Empty);

    /// <summary>
    /// The target of a finding built with a component's name and no target (<c>new Finding(rule, name, message)</c>):
    /// the first component of that name, as edges resolve names, or the design when there is none.
    /// </summary>
    /// <param name="findings">The findings, in order.</param>
    /// <param name="architecture">The design they are about.</param>
    /// <returns>The findings, each with its <see cref="Finding.Target"/> set; the same list when all had one.</returns>
    public static IReadOnlyList<Finding> Resolve(IReadOnlyList<Finding> findings, Architecture architecture)
    {
        if (findings is null || architecture is null)
        {
            throw new ArgumentNullException(findings is null ? nameof(findings) : nameof(architecture));
        }

        Dictionary<string, int>? firstByName = null;
        Finding[]? resolved = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Target is not null)
            {
                continue;
            }

            firstByName ??= FirstByName(architecture);
            resolved ??= [.. findings];
            resolved[i] = finding with
            {
                Target = finding.Component is { } name && firstByName.TryGetValue(name, out var index) ? Component(index) : Design,
            };
        }

        return resolved is null ? findings : Array.AsReadOnly(resolved);
    }

    /// <summary>"design", "component 2", "connection 0" or "tier T2".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => Kind switch
    {
        FindingTargetKind.Component => "component " + Index.ToString(CultureInfo.InvariantCulture),
        FindingTargetKind.Connection => "connection " + Index.ToString(CultureInfo.InvariantCulture),
        FindingTargetKind.Tier => "tier " + TierId,
        _ => "design",
    };

    private static Dictionary<string, int> FirstByName(Architecture architecture)
    {
        var first = new Dictionary<string, int>(architecture.Components.Count, StringComparer.Ordinal);
        for (var i = 0; i < architecture.Components.Count; i++)
        {
            var name = architecture.Components[i].Name;
            if (!first.ContainsKey(name))
            {
                first.Add(name, i);
            }
        }

        return first;
    }
}
