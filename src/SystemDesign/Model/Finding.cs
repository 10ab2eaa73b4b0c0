using System.Globalization;

namespace SystemDesign.Model;

/// <summary>
/// One result of checking a design: a rule that fired, on which component, and what to do about it.
/// Shared by the DSL validation (SD0xxx) and the engine (SD1xxx and up).
/// </summary>
/// <param name="RuleId">The stable rule id, one of the <see cref="RuleIds"/> constants (for example "SD0002").</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Component">The name of the component the finding is about, or null when it is about the whole design.</param>
/// <param name="Message">What is wrong and how to fix it, naming the component.</param>
public sealed record Finding(string RuleId, Severity Severity, string? Component, string Message)
{
    /// <summary>Where the offending declaration is in source, when known (see <see cref="SourceSpan"/>).</summary>
    public SourceSpan? Location { get; init; }

    /// <summary>Returns "SD0002 Error: message", the form used in plain-text reports.</summary>
    /// <returns>The finding as one line of text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", RuleId, Severity, Message);
}
