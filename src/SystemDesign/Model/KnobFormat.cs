namespace SystemDesign.Model;

/// <summary>How a knob's value is printed in reports; the engine's number formatter maps each to one form.</summary>
public enum KnobFormat
{
    /// <summary>Text, not a number (a zone or region name).</summary>
    Text,

    /// <summary>A count with up to two decimals: "8", "50,000".</summary>
    Count,

    /// <summary>Requests per second: "150 req/s".</summary>
    RequestRate,

    /// <summary>Milliseconds with up to three decimals: "13.333 ms".</summary>
    Milliseconds,

    /// <summary>A probability printed as an availability: "99.95%".</summary>
    Probability,

    /// <summary>US dollars per instance-hour with up to four decimals: "$0.0416/h".</summary>
    DollarsPerHour,

    /// <summary>A fraction printed as a percentage with one decimal: "80%".</summary>
    Percent,

    /// <summary>Hours with up to three decimals: "0.5 h".</summary>
    Hours,

    /// <summary>A switch, set or not: stored as the parameter value 1, printed "on".</summary>
    Flag,
}
