using System.Globalization;
using System.Linq;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// The edge knobs a finding proposes (SD7004–SD7007): a finding on a connection (<see cref="Finding.Target"/>) carries
/// the value under the knob's <see cref="EdgeKnob.FixProperty"/>, read from the edge-knob table, never from rule ids.
/// </summary>
internal static class EdgeFixes
{
    /// <summary>The connection index and knob values <paramref name="finding"/> proposes, or null when it proposes none.</summary>
    public static (int Connection, EdgeKnob Knob, string Value)? Of(Finding finding)
    {
        if (finding.Target is not { Kind: FindingTargetKind.Connection, Index: >= 0 } target)
        {
            return null;
        }

        foreach (var knob in EdgeKnobs.All)
        {
            if (knob.FixProperty is { } key && finding.Properties.TryGetValue(key, out var value))
            {
                return (target.Index, knob, value);
            }
        }

        return null;
    }

    /// <summary><paramref name="connection"/> with <paramref name="knob"/> set to <paramref name="value"/>, or null when the value is not one the knob takes.</summary>
    public static Connection? With(Connection connection, EdgeKnob knob, string value)
    {
        var on = value == Knob.SwitchOn;
        if (knob == EdgeKnobs.Timeout)
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms > 0 && !double.IsInfinity(ms)
                ? connection with { TimeoutMs = ms } : null;
        }

        if (knob == EdgeKnobs.Retries)
        {
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= EdgeKnobs.MaxRetries
                ? connection with { Retries = n } : null;
        }

        return !on ? null
            : knob == EdgeKnobs.Backoff ? connection with { Backoff = true }
            : knob == EdgeKnobs.CircuitBreaker ? connection with { CircuitBreaker = true }
            : knob == EdgeKnobs.IdempotencyKey ? connection with { IdempotencyKey = true }
            : null;
    }

    /// <summary>The knob calls a connection makes in C#, in the table's order: ".Timeout(750).Retries(2).Backoff()".</summary>
    public static string Calls(Connection connection) =>
        string.Concat(EdgeKnobs.All.Select(knob => knob.Read(connection) switch
        {
            double d => "." + knob.Method + "(" + NumberText.Raw(d) + ")",
            int i => "." + knob.Method + "(" + i.ToString(CultureInfo.InvariantCulture) + ")",
            true => "." + knob.Method + "()",
            _ => string.Empty,
        }));
}
