using SystemDesign.Model;

namespace SystemDesign.Analyzers;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c>. Every engine finding's own properties are copied as they are (their keys are
/// listed here too, with the rules that set them), plus the keys the analyzer adds, so a code fix applies the engine's
/// figures and never recomputes them. Values are invariant-culture text. See README.md for the table per rule.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>Added: the component the diagnostic is about, as the engine names it (absent for design-wide findings).</summary>
    public const string Component = "component";

    /// <summary>Added: the catalog type of <see cref="Component"/>, when the engine did not set <c>type</c> itself.</summary>
    public const string Type = Engine.FindingKeys.Type;

    /// <summary>Added: the problem id read from <c>[Design("...")]</c>.</summary>
    public const string ProblemId = "problemId";

    /// <summary>Added: what the diagnostic's location marks; one of the <see cref="Sites"/> values.</summary>
    public const string Site = "site";

    /// <summary>Added: the builder method that created <see cref="Component"/> ("App", "Cache", "Component"...).</summary>
    public const string Kind = "kind";

    /// <summary>Added on SD0021: why the design is not statically evaluable.</summary>
    public const string Reason = "reason";

    /// <summary>Added on SD0019: the closest catalog ids, comma-separated, closest first.</summary>
    public const string Suggestions = Engine.FindingKeys.Suggestions;

    /// <summary>
    /// Engine (SD1002, SD2001–SD2004, SD4002, SD6001, SD6002, SD6004): the instance count that fixes the finding
    /// (the knob table's <see cref="Knob.FixProperty"/> of <see cref="Knobs.Instances"/>).
    /// </summary>
    public static string Instances => Knobs.Instances.FixProperty!;

    /// <summary>Engine (SD1001–SD1004): the tier id, e.g. "T2".</summary>
    public const string Tier = Engine.FindingKeys.Tier;

    /// <summary>Engine (SD1004): the parameter the tier checks, e.g. "hit_rate" or "partitions".</summary>
    public const string Parameter = Engine.FindingKeys.Parameter;

    /// <summary>Engine (SD1004): the value that satisfies the tier's range.</summary>
    public const string Value = Engine.FindingKeys.Value;

    /// <summary>Engine (SD2006): the partition count the stream needs (<see cref="Knob.FixProperty"/> of <see cref="Knobs.Partitions"/>).</summary>
    public static string Partitions => Knobs.Partitions.FixProperty!;

    /// <summary>Engine (SD2006): the stream's name.</summary>
    public const string Stream = Engine.FindingKeys.Stream;

    /// <summary>Engine (SD6002): the component the cold cache overloads.</summary>
    public const string Overloaded = Engine.FindingKeys.Overloaded;

    /// <summary>
    /// Values of <see cref="Site"/>: what the diagnostic's span covers. A code fix replaces a knob's argument when the
    /// site is that knob, and appends the knob call to the creating invocation when the site is <see cref="Creation"/>.
    /// </summary>
    public static class Sites
    {
        /// <summary>The argument of <c>[Design("...")]</c>.</summary>
        public const string Attribute = "attribute";

        /// <summary>The identifier of the <c>Describe</c> method (SD0021).</summary>
        public const string Method = "method";

        /// <summary>The whole invocation that placed the component, e.g. <c>a.App("App Servers")</c> (without the knob chain).</summary>
        public const string Creation = "creation";

        /// <summary>The name argument of the placing call.</summary>
        public const string Name = "name";

        /// <summary>The type argument of <c>a.Component(type, name)</c>.</summary>
        public const string TypeArgument = "type";

        /// <summary>The whole edge invocation, e.g. <c>lb.Calls(app)</c>.</summary>
        public const string Edge = "edge";

        /// <summary>The argument of <c>.Weight(x)</c> on an edge.</summary>
        public const string Weight = nameof(SystemDesign.Edge.Weight);

        /// <summary>The argument of <c>.Instances(n)</c> (<c>Knobs.Instances.Method</c>, the same nameof).</summary>
        public const string Instances = nameof(Node<AppNode>.Instances);

        // Any other knob's value argument has its knob method as the site (Model.Knobs: Knob.Method, e.g.
        // "CapacityPerInstance"); the constants here are the ones the code fixes match on.

        /// <summary>The argument of <c>.HitRate(x)</c>.</summary>
        public const string HitRate = nameof(CacheNode.HitRate);

        /// <summary>The argument of <c>.Partitions(n)</c>.</summary>
        public const string PartitionsKnob = nameof(StreamNode.Partitions);

        /// <summary>The value argument of <c>.Parameter(name, value)</c>.</summary>
        public const string ParameterValue = Knobs.ParameterMethod;
    }
}
