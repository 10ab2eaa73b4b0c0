using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// One <see cref="Finding.Properties"/> entry as a check writes it; a proposal made by
/// <see cref="EvaluationContext.Proposed"/> (or a <see cref="Parameter"/> entry) also carries the knob it is about,
/// and the finding is then about that knob (<see cref="Finding.Knob"/>). Plain pairs (<c>(FindingKeys.Type, "cache")</c>) convert implicitly.
/// </summary>
internal readonly struct FindingProperty
{
    public FindingProperty(string key, string value, string? knob = null)
    {
        Key = key;
        Value = value;
        Knob = knob;
    }

    public string Key { get; }

    public string Value { get; }

    /// <summary>The <see cref="Model.Knob.Key"/> of the knob this entry proposes a value for or names, or null for a plain fact.</summary>
    public string? Knob { get; }

    /// <summary>The "parameter" entry naming a generic parameter; the finding is about that parameter.</summary>
    public static FindingProperty Parameter(string name) => new(FindingKeys.Parameter, name, Finding.ParameterKnob(name));

    /// <summary>A copy of <paramref name="finding"/>'s properties to rewrite, in the ordinal order findings keep them.</summary>
    public static SortedDictionary<string, string> CopyOf(Finding finding) => new(finding.Properties.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    public static implicit operator FindingProperty((string Key, string Value) pair) => new(pair.Key, pair.Value);
}
