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
    /// The knob the finding is about, when it is about one: a builder method's name ("Instances", "CapacityPerInstance",
    /// "Zone"…) or <see cref="ParameterKnob"/> of a parameter's name. The analyzer puts the squiggle on that knob's
    /// argument; nothing reads the message to find it.
    /// </summary>
    public string? Knob { get; init; }

    /// <summary>The <see cref="Knob"/> of a generic parameter: "param:" and its name (e.g. "param:hit_rate").</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The knob key.</returns>
    public static string ParameterKnob(string name) => "param:" + name;

    /// <summary>Where the offending declaration is in source, when known (see <see cref="SourceSpan"/>).</summary>
    public SourceSpan? Location { get; init; }

    /// <summary>
    /// The numbers a fix needs, e.g. "instances" → "8" or "parameter" → "hit_rate", so a code fix applies the
    /// engine's figure instead of recomputing it. Keys are documented per rule; values are invariant-culture text.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = NoProperties;

    /// <summary>
    /// The property a finding carries instead of <c>instances</c> when no instance count of its component meets every
    /// constraint at once; its value names the deciding constraint. Tools and tests read it, never the message.
    /// </summary>
    public const string NoInstanceCount = "noInstanceCount";

    private static IReadOnlyDictionary<string, string> NoProperties { get; } =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Returns "SD0002 Error: message", the form used in plain-text reports.</summary>
    /// <returns>The finding as one line of text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", RuleId, Severity, Message);
}
