using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SystemDesign.Cli.Grading;
using static SystemDesign.Reports.ReportFormat;

namespace SystemDesign.Cli.Diagrams;

/// <summary>
/// <c>sysdesign diagram &lt;path|design&gt; [--design &lt;name&gt;] [--format mermaid|dot|svg]</c>: the architecture of one
/// design as a picture. The design is read and graded exactly as <c>grade</c> does (statically), so the boxes carry
/// the engine's instances and utilization. Exit codes: 0 drawn, 2 usage or load error, or no single readable design.
/// </summary>
internal static class DiagramCommand
{
    private enum DiagramFormat
    {
        Mermaid,
        Dot,
        Svg,
    }

    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count != 1)
        {
            throw new UsageException("'diagram' takes one path (a .sln, .slnx, .csproj or folder) or one design class name, e.g. 'sysdesign diagram samples --design PersonalBlog'.");
        }

        var format = Format(options.Value("--format"));
        var target = options.Positional[0];
        // A name that is no file or folder is a design to find below the current folder: 'sysdesign diagram PersonalBlog'.
        var full = options.FullPath(target);
        var isPath = File.Exists(full) || Directory.Exists(full) || options.Value("--design") is not null;
        var grade = new GradeOptions
        {
            Path = isPath ? target : ".",
            WorkingDirectory = options.WorkingDirectory,
            Design = isPath ? options.Value("--design") : target,
            Problem = options.Value("--problem"),
            NoRestore = options.Flag("--no-restore"),
        };
        return GradeCommand.RunInterruptible(error, cancellationToken => DrawAsync(grade, format, options.Value("--output"), output, error, cancellationToken));
    }

    private static async Task<int> DrawAsync(GradeOptions options, DiagramFormat format, string? file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await GradeCommand.GradeAsync(options, error, new PhaseTimings(), cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return ExitCodes.Usage;
        }

        if (run.Selected.Count > 1)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sysdesign: {run.Selected.Count} designs in '{options.Path}': ")
                + string.Join(", ", run.Selected.Select(d => d.Name)) + ". Choose one with --design <name>.");
            return ExitCodes.Usage;
        }

        var design = run.Selected[0];
        if (design.Architecture is null)
        {
            var why = design.NotGraded is { } f ? f.RuleId + ": " + f.Message + (design.NotGradedAt is { } at ? " (at " + Position(at) + ")" : string.Empty) : "it could not be read";
            error.WriteLine($"sysdesign: cannot draw {design.Name}: the interpreter cannot read it statically ({why}). Write its Describe body as straight-line builder calls with constant arguments.");
            return ExitCodes.Usage;
        }

        var graph = DesignGraph.From(design);
        var text = format switch
        {
            DiagramFormat.Dot => DotDiagram.Render(graph),
            DiagramFormat.Svg => SvgDiagram.Render(graph),
            _ => MermaidDiagram.Render(graph),
        };
        if (file is not null)
        {
            GradeCommand.Write(file, options.WorkingDirectory, text);
            output.WriteLine($"Diagram of {design.Name} written to {file}.");
        }
        else
        {
            output.Write(text);
        }

        foreach (var line in run.Errors)
        {
            error.WriteLine("sysdesign: " + line);
        }

        return run.Errors.Count > 0 ? ExitCodes.Usage : ExitCodes.Success;
    }

    private static DiagramFormat Format(string? text) => text?.ToLowerInvariant() switch
    {
        null or "mermaid" => DiagramFormat.Mermaid,
        "dot" => DiagramFormat.Dot,
        "svg" => DiagramFormat.Svg,
        _ => throw new UsageException($"--format takes mermaid, dot or svg; got '{text}'."),
    };
}
