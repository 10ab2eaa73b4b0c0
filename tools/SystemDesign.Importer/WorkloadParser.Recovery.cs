using System.Collections.Generic;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// Recovery objectives (issue 12): the recovery time objective (RTO, how long an outage may last) and the recovery
/// point objective (RPO, how much recent data a failure may lose), in seconds, from a constant (<c>rto_seconds</c>,
/// <c>rpo_minutes</c>) or else the first line that bounds one ("RPO &lt; 5min, RTO &lt; 1hr", "5-second RTO").
/// A zero ("RPO = 0", synchronous replication) is not a bound the engine can grade and is left out.
/// docs/workload.md, "Recovery objectives".
/// </summary>
public static partial class WorkloadParser
{
    /// <summary>The objective named <paramref name="name"/> ("RTO" or "RPO") in seconds, or null when none is stated.</summary>
    private static Sourced? RecoveryObjective(string name, IReadOnlyList<NonFunctionalRequirement> nfrs, IReadOnlyList<Constant> constants) =>
        Duration(constants, RecoveryKey(), nfrs, RecoveryText(), m => string.Equals(m.Groups["name"].Value, name, System.StringComparison.OrdinalIgnoreCase));

    // rto_seconds, rpo_minutes, rto_target_s: the objective and its unit.
    [GeneratedRegex(@"^(?<name>rto|rpo)(?:_target|_max)?_(?<unit>ms|s|sec|secs|seconds|min|mins|minutes|h|hr|hrs|hours)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecoveryKey();

    // "RTO < 1hr", "RPO of 15 minutes", "RPO ≤ 10 seconds" (the name first) or "5-second RTO" (the bound first);
    // both branches name the objective "name", as the constant's key does.
    [GeneratedRegex(@"\b(?:(?<name>RTO|RPO)\s*(?:<|≤|<=|of|under|below)\s*(?<num>[0-9]+(?:\.[0-9]+)?)\s*-?\s*(?<unit>seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|ms)\b|(?<num>[0-9]+(?:\.[0-9]+)?)\s*-?\s*(?<unit>seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|ms)\s+(?<name>RTO|RPO)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RecoveryText();
}
