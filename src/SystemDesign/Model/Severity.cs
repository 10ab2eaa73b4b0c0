namespace SystemDesign.Model;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum Severity
{
    /// <summary>Information only; the design is not wrong.</summary>
    Info,

    /// <summary>Probably a mistake, but the design can still be evaluated.</summary>
    Warning,

    /// <summary>The design is wrong and must be fixed; results computed from it are not trustworthy.</summary>
    Error,
}
