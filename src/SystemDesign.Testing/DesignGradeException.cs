using Xunit.Sdk;

namespace SystemDesign.Testing;

/// <summary>
/// A design that does not pass a tier, a gate or validation. Derives from xunit's <see cref="XunitException"/>,
/// so test runners show it as an assertion failure: the message is the grader's checklist, not a stack trace.
/// </summary>
public sealed class DesignGradeException : XunitException
{
    /// <summary>Creates the failure with the grader's report as its message.</summary>
    /// <param name="message">What failed, with the requirements (✓/✗) and the findings' arithmetic.</param>
    public DesignGradeException(string message)
        : base(message)
    {
    }
}
