
namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// What the analyzer interprets per keystroke, at most. Beyond a limit the design is graded at test time instead
/// (SD0021 names the limit), so an IDE never freezes on a generated or hostile design: a name of megabytes, a
/// hundred thousand calls. The engine's own cost is then bounded too, because it only ever sees a model this small.
/// Real designs are far inside: the largest sample has 15 components and names under 40 characters.
/// </summary>
internal static class InterpretationLimits
{
    /// <summary>Components one design may place.</summary>
    public const int MaxComponents = 2_000;

    /// <summary>Connections one design may make.</summary>
    public const int MaxConnections = 10_000;

    /// <summary>
    /// Characters in one string argument: a name, a type, a zone, a parameter name. The engine's messages quote names
    /// in full, so this also bounds every message the analyzer reports.
    /// </summary>
    public const int MaxStringLength = 200;

    /// <summary>Operations in one <c>Describe</c> body: what the interpreter walks.</summary>
    public const int MaxOperations = 100_000;

    /// <summary>
    /// Statements and expressions the interpreter runs for one design, loops and helper calls included: what bounds
    /// a loop over a large constant range or helpers that call each other in loops.
    /// </summary>
    public const int MaxSteps = 200_000;

    /// <summary>Iterations of one <c>for</c> or <c>foreach</c> loop (a loop of app servers is a handful).</summary>
    public const int MaxLoopIterations = 10_000;

    /// <summary>Characters of source text or of a name quoted in a message; the rest is elided.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary><paramref name="text"/> cut to <see cref="MaxQuotedLength"/> characters, saying how long it was.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxQuotedLength
            ? text
            : text.Substring(0, MaxQuotedLength) + "… (" + SystemDesign.Engine.NumberText.Count(text.Length) + " characters)";

    /// <summary>The reason SD0021 gives for a design beyond one limit.</summary>
    public static string Beyond(string what, int limit) =>
        what + ", beyond the analyzer's limit of " + SystemDesign.Engine.NumberText.Count(limit);
}
