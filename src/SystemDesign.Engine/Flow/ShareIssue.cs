using SystemDesign.Model;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// Why the clients' parts do not make up the workload (SD2009): found while the shares are split, reported by
/// <see cref="Checks.ClientShareCheck"/>. <paramref name="Client"/> and <paramref name="Knob"/> place the finding.
/// </summary>
internal sealed record ShareIssue(string? Client, Knob? Knob, string Message);
