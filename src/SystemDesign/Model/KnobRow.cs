using System;

namespace SystemDesign.Model;

/// <summary>
/// What a row of either knob table states: the method that sets the knob, the property that holds it, its unit, its
/// valid range and a typical call, and how to read it from the model. <see cref="Knob"/> rows are a component's,
/// <see cref="EdgeKnob"/> rows a connection's.
/// </summary>
/// <typeparam name="TTarget">The model element that holds the knob: <see cref="Component"/> or <see cref="Connection"/>.</typeparam>
public abstract class KnobRow<TTarget>
    where TTarget : class
{
    private readonly Func<TTarget, object?> read;

    private protected KnobRow(string method, string property, string unit, string range, string example, Func<TTarget, object?> read)
    {
        Method = method;
        Property = property;
        Unit = unit;
        Range = range;
        Example = example;
        this.read = read;
    }

    /// <summary>The method that sets the knob: a handle method ("CapacityPerInstance") or an <see cref="Edge"/> method ("Timeout").</summary>
    public string Method { get; }

    /// <summary>The model property that holds the knob, e.g. "ServiceTimeMs" or "TimeoutMs".</summary>
    public string Property { get; }

    /// <summary>What <see cref="Finding.Knob"/> holds for a finding about this knob.</summary>
    public abstract string Key { get; }

    /// <summary>The unit, as messages say it: "requests per second per instance", "milliseconds".</summary>
    public string Unit { get; }

    /// <summary>The valid values, in interval notation: "(0, 1]", "≥ 1, whole"; empty for a switch, which has no value to get wrong.</summary>
    public string Range { get; }

    /// <summary>A call with a typical value, as messages suggest it: "CapacityPerInstance(150)", "Timeout(250)".</summary>
    public string Example { get; }

    /// <summary>The element's value of this knob: an <see cref="int"/>, <see cref="double"/>, <see cref="string"/> or <see cref="bool"/>, or null when the design did not set it.</summary>
    /// <param name="target">The component or connection to read.</param>
    /// <returns>The value, or null.</returns>
    public object? Read(TTarget target) => read(target ?? throw new ArgumentNullException(nameof(target)));

    /// <inheritdoc/>
    public override string ToString() => Key;
}
