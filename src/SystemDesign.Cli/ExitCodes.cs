namespace SystemDesign.Cli;

/// <summary>The documented exit codes of <c>sysdesign</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (and, for grading, every design passed).</summary>
    public const int Success = 0;

    /// <summary>Grading ran and at least one design failed a tier or gate, or could not be read statically (SD0021).</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or bad input: unknown command, option or problem id, unreadable catalog; for grade, a missing path, a project that fails to restore, load or compile, or no designs.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted by Ctrl-C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>The exit codes as the help prints them (docs/cli.md has the same table).</summary>
    public const string Summary = """
        Exit codes:
          0    success (for grade: every design passed)
          1    a design failed a tier or gate, or could not be read statically (SD0021)
          2    bad usage or input (unknown command or option, missing path, project that fails to load or compile, no designs)
          130  interrupted by Ctrl-C
        """;
}
