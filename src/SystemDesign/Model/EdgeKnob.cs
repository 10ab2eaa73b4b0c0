using System;

namespace SystemDesign.Model;

/// <summary>
/// One knob of an edge, once: the <see cref="Edge"/> method that sets it, the <see cref="Connection"/> property that
/// holds it, its parameter key, unit, valid range and default (a bad value breaks SD0025, <see cref="Rules.InvalidEdgeKnob"/>). The validator, the
/// analyzer's model key and finding locator read these rows, as they read <see cref="Knobs"/> for components.
/// </summary>
public sealed class EdgeKnob
{
    private readonly Func<Connection, object?> read;

    internal EdgeKnob(string method, string property, string parameter, string unit, string range, string example, string defaultValue, Func<Connection, object?> read)
    {
        Method = method;
        Property = property;
        Parameter = parameter;
        Unit = unit;
        Range = range;
        Example = example;
        Default = defaultValue;
        this.read = read;
    }

    /// <summary>The <see cref="Edge"/> method that sets the knob, e.g. "Timeout".</summary>
    public string Method { get; }

    /// <summary>The <see cref="Connection"/> property that holds it, e.g. "TimeoutMs".</summary>
    public string Property { get; }

    /// <summary>The knob's parameter key, e.g. "timeout_ms": how problems and hints name it.</summary>
    public string Parameter { get; }

    /// <summary>What <see cref="Finding.Knob"/> holds for a finding about this knob: the method's name.</summary>
    public string Key => Method;

    /// <summary>The unit, as messages say it: "milliseconds".</summary>
    public string Unit { get; }

    /// <summary>The valid values, in interval notation; empty for a switch, which has no value to get wrong.</summary>
    public string Range { get; }

    /// <summary>A call with a typical value, as messages suggest it: "Timeout(250)".</summary>
    public string Example { get; }

    /// <summary>What the engine assumes when the design does not set the knob, and where that comes from.</summary>
    public string Default { get; }

    /// <summary>
    /// The <see cref="Finding.Properties"/> key under which a finding proposes a value of this knob ("timeoutMs" →
    /// "333"; a switch's proposal is <see cref="Knob.SwitchOn"/>), so the code fixes apply it; null when no finding proposes one.
    /// </summary>
    public string? FixProperty { get; internal init; }

    /// <summary>True for a switch (<c>Backoff()</c>): set or not, with no value.</summary>
    public bool IsSwitch => Range.Length == 0;

    /// <summary>The connection's value of this knob: a <see cref="double"/>, <see cref="int"/> or <see cref="bool"/>, or null when unset.</summary>
    /// <param name="connection">The connection to read.</param>
    /// <returns>The value, or null.</returns>
    public object? Read(Connection connection) => read(connection ?? throw new ArgumentNullException(nameof(connection)));

    /// <summary>Whether the design set this knob on <paramref name="connection"/> (a switch counts when on).</summary>
    /// <param name="connection">The connection to read.</param>
    /// <returns>True when set.</returns>
    public bool IsSet(Connection connection) => Read(connection) is { } value && !(value is bool on && !on);

    /// <inheritdoc/>
    public override string ToString() => Key;
}
