using System;
using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Model;

/// <summary>
/// One design knob, once: the builder method that sets it, the model property that holds it, the generic parameter
/// it is stored as (if any), its unit and valid range, the rule that validates it and the component types it means
/// something on. The validator, the analyzer's model key and finding locator, and the code fixes read these rows.
/// </summary>
public sealed class Knob : KnobRow<Component>
{
    internal Knob(string method, string property, string? parameter, string unit, string range, string example, Rule rule, Func<Component, object?> read)
        : base(method, property, unit, range, example, read)
    {
        Parameter = parameter;
        Rule = rule;
    }

    /// <summary>The generic parameter the knob is stored as ("hit_rate"), or null for a property of its own.</summary>
    public string? Parameter { get; }

    /// <summary>What <see cref="Finding.Knob"/> holds for a finding about this knob: the method, or "param:" and the parameter.</summary>
    public override string Key => Parameter is null ? Method : Finding.ParameterKnob(Parameter);

    /// <summary>The rule a value outside <see cref="KnobRow{TTarget}.Range"/> breaks.</summary>
    public Rule Rule { get; }

    /// <summary>The generic component types the knob means something on (empty: every type), and how messages say them.</summary>
    public IReadOnlyList<string> MeaningfulOnTypes => On?.Types ?? Array.Empty<string>();

    /// <summary>How messages name the types of <see cref="MeaningfulOnTypes"/>: "caches and CDNs".</summary>
    public string? MeaningfulOn => On?.Words;

    /// <summary>The types and their words together, so knobs of the same types share one scope; null: every type.</summary>
    internal KnobScope? On { get; init; }

    /// <summary>How messages name the knob in a sentence: "a hit rate".</summary>
    public string? Noun { get; internal init; }

    /// <summary>How reports label the settled figure: "capacity per instance", "price per instance".</summary>
    public string Label { get; internal init; } = string.Empty;

    /// <summary>How a value of the knob is printed in reports (one formatter per kind of number).</summary>
    public KnobFormat Format { get; internal init; }

    /// <summary>
    /// Whether a value of a parameter-stored knob lies in <see cref="KnobRow{TTarget}.Range"/>, for the validator: the row states its
    /// range once, in words for messages and here as a test. Null: any finite number (a positive-number knob is checked
    /// by its own rule, SD0008).
    /// </summary>
    public Func<double, bool>? Accepts { get; internal init; }

    /// <summary>
    /// The JSON report's name of the settled figure ("capacityPerInstance"), or null when the engine reports no figure
    /// of its own for the knob (a placement, or a knob that feeds another figure, as repair time feeds availability).
    /// </summary>
    public string? ReportKey { get; internal init; }

    /// <summary>
    /// The <see cref="Finding.Properties"/> key under which a finding proposes a value of this knob ("instances" → "8"),
    /// so the code fixes and the solver apply it; null when no finding proposes one.
    /// </summary>
    public string? FixProperty { get; internal init; }

    /// <summary>
    /// The value a finding proposes for a switch (<c>DeadLetterQueue()</c>, an edge's <c>Backoff()</c>): on, as the
    /// switch's parameter stores it.
    /// </summary>
    public const string SwitchOn = "1";

    /// <summary>
    /// The <see cref="Finding.Properties"/> key under which a finding that is about no one component (SD3001 on an
    /// entry, SD4001 on the design) proposes a value of this knob for <paramref name="component"/>: "instances:App" →
    /// "3", one key per component the target needs raised. Null when no finding proposes this knob.
    /// </summary>
    /// <param name="component">The component's name, as the design spells it.</param>
    /// <returns>The key, or null.</returns>
    public string? FixPropertyFor(string component) => FixProperty is null ? null : FixProperty + ComponentSeparator + component;

    /// <summary>The component a <see cref="FixPropertyFor"/> key names, or null when the key is not one of this knob's.</summary>
    /// <param name="key">A <see cref="Finding.Properties"/> key.</param>
    /// <returns>The component's name, or null.</returns>
    public string? ComponentOfFixProperty(string key) =>
        FixProperty is not null && key is not null && key.Length > FixProperty.Length + 1
        && key.StartsWith(FixProperty + ComponentSeparator, StringComparison.Ordinal)
            ? key.Substring(FixProperty.Length + 1)
            : null;

    // ':' cannot end a knob's own FixProperty, so "instances:App" never collides with "instances".
    private const char ComponentSeparator = ':';

    /// <summary>Whether the design set this knob on <paramref name="component"/> (a parameter counts even if not a whole number).</summary>
    /// <param name="component">The component to read.</param>
    /// <returns>True when set.</returns>
    public bool IsSet(Component component) =>
        Parameter is { } name ? component.Parameters.ContainsKey(name) : Read(component) is not null;

    /// <summary>Whether the knob means something on a component of <paramref name="type"/>.</summary>
    /// <param name="type">A catalog type name.</param>
    /// <returns>True when it applies.</returns>
    public bool AppliesTo(string type) =>
        MeaningfulOnTypes.Count == 0 || MeaningfulOnTypes.Contains(type, StringComparer.Ordinal);
}

/// <summary>The generic component types a knob means something on, and how messages say them ("caches and CDNs").</summary>
/// <param name="Words">How messages name the types.</param>
/// <param name="Types">The type names.</param>
internal sealed record KnobScope(string Words, params string[] Types);
