using System.Collections.Generic;
using System.Globalization;

namespace SystemDesign.Model;

/// <summary>
/// One result of checking a design: a rule that fired, on which component, and what to do about it.
/// Shared by the DSL validation (SD0xxx) and the engine (SD1xxx and up).
/// </summary>
/// <param name="RuleId">The stable rule id, the id of a <see cref="Rules"/> row (for example "SD0002").</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Component">The name of the component the finding is about, or null when it is about the whole design.</param>
/// <param name="Message">What is wrong and how to fix it, naming the component.</param>
public sealed record Finding(string RuleId, Severity Severity, string? Component, string Message)
{
    /// <summary>A finding of <paramref name="rule"/> at its default severity (the rule table decides it, not the caller).</summary>
    /// <param name="rule">The rule that fired, a row of <see cref="Rules"/>.</param>
    /// <param name="component">The component the finding is about, or null for the whole design.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public Finding(Rule rule, string? component, string message)
        : this((rule ?? throw new System.ArgumentNullException(nameof(rule))).Id, rule.DefaultSeverity, component, message)
    {
    }

    /// <summary>
    /// What the finding is about: the design, a component or connection by index, or a tier. Null on a finding built
    /// with only a component's name; <see cref="FindingTarget.Resolve"/> sets it (the grader does, once per evaluation),
    /// so every finding of an evaluation has one. The analyzer and <c>sysdesign grade</c> map it to the declaring call.
    /// </summary>
    public FindingTarget? Target { get; init; }

    /// <summary>
    /// The knob of the <see cref="Target"/> the finding is about, when it is about one: a row's <see cref="Model.Knob.Key"/>
    /// (its builder method's name, "Instances", "Zone"…) or <see cref="ParameterKnob"/> of a parameter's name. The
    /// analyzer puts the squiggle on that knob's argument; nothing reads the message or the properties to find it.
    /// </summary>
    public string? Knob { get; init; }

    /// <summary>The <see cref="Knob"/> of a generic parameter: "param:" and its name (e.g. "param:hit_rate").</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The knob key.</returns>
    public static string ParameterKnob(string name) => "param:" + name;

    /// <summary>
    /// The numbers a fix needs, e.g. "instances" → "8" or "parameter" → "hit_rate", so a code fix applies the
    /// engine's figure instead of recomputing it. Keys are documented per rule; values are invariant-culture text.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = NoProperties;

    /// <summary>
    /// The property a finding carries instead of <c>instances</c> when no instance count of its component meets every
    /// constraint at once; its value names the deciding constraint. Tools and tests read it, never the message. A replica
    /// saturated by its primary's writes carries it beside a shard proposal (<c>shards:&lt;primary&gt;</c>) and the
    /// <c>instances</c> at those shards (docs/engine.md, "Sharding").
    /// </summary>
    public const string NoInstanceCount = "noInstanceCount";

    private static IReadOnlyDictionary<string, string> NoProperties { get; } =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Compares every property; <see cref="Properties"/> by content (ordinal keys and values).</summary>
    /// <param name="other">The finding to compare with.</param>
    /// <returns>True when both say the same thing about the same target.</returns>
    public bool Equals(Finding? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(RuleId, other.RuleId, System.StringComparison.Ordinal)
                && Severity == other.Severity
                && string.Equals(Component, other.Component, System.StringComparison.Ordinal)
                && string.Equals(Message, other.Message, System.StringComparison.Ordinal)
                && string.Equals(Knob, other.Knob, System.StringComparison.Ordinal)
                && Equals(Target, other.Target)
                && ExactValue.SameEntries(Properties, other.Properties, ExactValue.Same)));

    /// <summary>A hash consistent with <see cref="Equals(Finding)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = System.StringComparer.Ordinal.GetHashCode(RuleId ?? string.Empty);
            hash = (hash * 31) + System.StringComparer.Ordinal.GetHashCode(Message ?? string.Empty);
            return (hash * 31) + Properties.Count;
        }
    }

    /// <summary>Returns "SD0002 Error: message", the form used in plain-text reports.</summary>
    /// <returns>The finding as one line of text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", RuleId, Severity, Message);
}
