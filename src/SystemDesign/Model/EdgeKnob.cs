using System;

namespace SystemDesign.Model;

/// <summary>
/// One knob of an edge, once: the <see cref="Edge"/> method that sets it, the <see cref="Connection"/> property that
/// holds it, its parameter key, unit, valid range and default (a bad value breaks SD0025, <see cref="Rules.InvalidEdgeKnob"/>). The validator, the
/// analyzer's model key and finding locator read these rows, as they read <see cref="Knobs"/> for components.
/// </summary>
public sealed class EdgeKnob : KnobRow<Connection>
{
    internal EdgeKnob(string method, string property, string parameter, string unit, string range, string example, string defaultValue, Func<Connection, object?> read)
        : base(method, property, unit, range, example, read)
    {
        Parameter = parameter;
        Default = defaultValue;
    }

    /// <summary>The knob's parameter key, e.g. "timeout_ms": how problems and hints name it.</summary>
    public string Parameter { get; }

    /// <summary>What <see cref="Finding.Knob"/> holds for a finding about this knob: the method's name.</summary>
    public override string Key => Method;

    /// <summary>What the engine assumes when the design does not set the knob, and where that comes from.</summary>
    public string Default { get; }

    /// <summary>
    /// The <see cref="Finding.Properties"/> key under which a finding proposes a value of this knob ("timeoutMs" →
    /// "333"; a switch's proposal is <see cref="Knob.SwitchOn"/>), so the code fixes apply it; null when no finding proposes one.
    /// </summary>
    public string? FixProperty { get; internal init; }

    /// <summary>True for a switch (<c>Backoff()</c>): set or not, with no value.</summary>
    public bool IsSwitch => Range.Length == 0;

    /// <summary>Whether the design set this knob on <paramref name="connection"/> (a switch counts when on).</summary>
    /// <param name="connection">The connection to read.</param>
    /// <returns>True when set.</returns>
    public bool IsSet(Connection connection) => Read(connection) is { } value && !(value is bool on && !on);
}
