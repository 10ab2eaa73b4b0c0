using System.Globalization;

namespace SystemDesign.Cli.Grading;

/// <summary>The report formats of <c>grade</c>.</summary>
internal enum ReportKind
{
    Text,
    Markdown,
    Json,
    Sarif,
    Html,
}

/// <summary>The parsed, checked options of <c>sysdesign grade</c>.</summary>
internal sealed record GradeOptions
{
    /// <summary>The path as typed: messages quote it; <see cref="FullPath"/> is where it points.</summary>
    public required string Path { get; init; }

    /// <summary>The folder the command runs in: <see cref="Path"/> and <see cref="Output"/> are relative to it, and so are the report's paths.</summary>
    public required string WorkingDirectory { get; init; }

    public string FullPath => System.IO.Path.GetFullPath(Path, WorkingDirectory);

    public string? Problem { get; init; }

    public string? Design { get; init; }

    public double? Headroom { get; init; }

    public ReportKind Format { get; init; }

    public string? Output { get; init; }

    public bool NoColor { get; init; }

    public bool NoRestore { get; init; }

    public bool Timings { get; init; }

    /// <summary>Build and run designs the interpreter cannot read (<c>--run</c>): executes the submission's code.</summary>
    public bool Run { get; init; }

    public static GradeOptions From(Options options)
    {
        if (options.Positional.Count != 1)
        {
            throw new UsageException(options.Positional.Count == 0
                ? "'grade' needs a path: a .sln, .slnx or .csproj file, or a folder of projects, e.g. 'sysdesign grade samples'."
                : $"'grade' takes one path (got {options.Positional.Count.ToString(CultureInfo.InvariantCulture)}); to grade several projects, pass their folder or a solution.");
        }

        return new GradeOptions
        {
            Path = options.Positional[0],
            WorkingDirectory = options.WorkingDirectory,
            Problem = options.Value("--problem"),
            Design = options.Value("--design"),
            Headroom = options.Value("--headroom") is { } h ? ParseHeadroom(h) : null,
            Format = options.Value("--format") is { } f ? ParseFormat(f) : ReportKind.Text,
            Output = options.Value("--output"),
            NoColor = options.Flag("--no-color"),
            NoRestore = options.Flag("--no-restore"),
            Timings = options.Flag("--timings"),
            Run = options.Flag("--run"),
        };
    }

    private static double ParseHeadroom(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 1 && double.IsFinite(value)
            ? value
            : throw new UsageException($"--headroom takes a number of at least 1 (capacity ÷ load), e.g. --headroom 1.2; got '{text}'.");

    private static ReportKind ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "text" => ReportKind.Text,
        "markdown" or "md" => ReportKind.Markdown,
        "json" => ReportKind.Json,
        "sarif" => ReportKind.Sarif,
        "html" => ReportKind.Html,
        _ => throw new UsageException($"--format takes text, markdown, json, sarif or html; got '{text}'."),
    };
}
