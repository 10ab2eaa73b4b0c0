using System;
using System.CommandLine;
using System.IO;
using SystemDesign.Cli.Diagrams;
using SystemDesign.Cli.Grading;

namespace SystemDesign.Cli;

/// <summary>
/// The grammar of <c>sysdesign</c> as System.CommandLine definitions: every command, argument and option with the
/// description its <c>--help</c> prints. Each command's action hands an <see cref="Options"/> to the command, which
/// checks the values and the number of arguments itself, so its messages say what to type instead.
/// </summary>
internal static class CommandGrammar
{
    public static RootCommand Build()
    {
        var root = new RootCommand("sysdesign — architecture as code, graded by the C# compiler.")
        {
            Problems(),
            Categories(),
            Show(),
            Grade(),
            Diagram(),
            New(),
            Solve(),
        };
        root.Directives.Clear(); // a first argument such as "[x]" is a path, not a directive
        return root;
    }

    private static SysdesignCommand Problems() => With(
        new SysdesignCommand("problems", "List catalog problems; the filters combine."),
        (o, output, _) => ProblemsCommand.Run(o, output),
        arguments: null,
        Valued("--search", "text", "Only problems whose id, title or statement contains the text (any case)."),
        Valued("--category", "name", "Only problems of this category ('sysdesign categories' lists them)."),
        Valued("--level", "level", "Only problems of this level, e.g. easy, medium, L6-Principal."),
        Valued("--difficulty", "level", "The older name of --level."),
        Valued("--format", "text|json", "Output as a table (text, the default) or as JSON."),
        Flag("--tiered", "Only problems that have graded tiers."));

    private static SysdesignCommand Categories() => With(
        new SysdesignCommand("categories", "List the categories with their problem counts."),
        (o, output, _) => CategoriesCommand.Run(o, output),
        arguments: null);

    private static SysdesignCommand Show() => With(
        new SysdesignCommand("show", "Show one problem in full: statement, normalised workload with sources, tiers, hints."),
        (o, output, _) => ShowCommand.Run(o, output),
        Arguments("problem-id", "The problem to show, e.g. tutorial-simple-blog.", ArgumentArity.ExactlyOne),
        Valued("--format", "text|json", "Output as text (the default) or as JSON."));

    private static SysdesignCommand Grade() => With(
        new SysdesignCommand("grade", "Grade every [Design] class of a .sln, .slnx, .csproj or folder, statically: no design code runs, "
            + "but opening a project evaluates its MSBuild files as any build does."),
        (o, output, error) => GradeCommand.Run(o, output, error),
        Arguments("path", "A .sln, .slnx or .csproj file, or a folder (every project below it).", ArgumentArity.ExactlyOne),
        Valued("--problem", "id", "Only designs of this problem."),
        Valued("--design", "name", "Only the design with this class name (short or fully qualified)."),
        Valued("--headroom", "x", "Grade with this capacity ÷ load margin (at least 1) instead of the problem's."),
        Valued("--format", "text|markdown|json|sarif|html", "The report format; text is the default."),
        Valued("--output", "file", "Write the report to this file and print only the summary."),
        Flag("--no-color", "No colour in the text report and no progress display (also when NO_COLOR is set)."),
        Flag("--no-restore", "Do not restore projects that were never restored."),
        Flag("--timings", "Print the wall time of each phase to standard error."),
        Flag("--run", "Build and run the designs the interpreter cannot read (SD0021). This executes the submission's code: "
            + "never use it on untrusted submissions."));

    private static SysdesignCommand Diagram() => With(
        new SysdesignCommand("diagram", "Draw one design's architecture, coloured by utilization, read as grade reads it."),
        (o, output, error) => DiagramCommand.Run(o, output, error),
        Arguments("path|design", "A .sln, .slnx, .csproj or folder, or the class name of a design below the current folder.", ArgumentArity.ExactlyOne),
        Valued("--design", "name", "The design to draw when the path holds several."),
        Valued("--problem", "id", "Only designs of this problem."),
        Valued("--format", "mermaid|dot|svg", "Mermaid (the default), Graphviz DOT, or SVG laid out by the tool."),
        Valued("--output", "file", "Write the diagram to this file."),
        Flag("--no-restore", "Do not restore projects that were never restored."));

    private static SysdesignCommand New() => With(
        new SysdesignCommand("new", "Scaffold a starter [Design] project and its grading test project for a problem, ready for dotnet test and sysdesign grade."),
        (o, output, _) => NewCommand.Run(o, output),
        Arguments("problem-id", "The problem to design for, e.g. tutorial-simple-blog (none with --template).", ArgumentArity.ZeroOrOne),
        Valued("--output", "dir", "The folder to create (default: the design's class name); it must be empty or absent."),
        Valued("--api-project", "SystemDesign.csproj", "Reference the API project of a clone instead of the SystemDesign package."),
        Valued("--template", "dir", "Write the 'dotnet new sysdesign' template's content to <dir> instead (src/SystemDesign.Templates runs it when it packs)."));

    private static SysdesignCommand Solve() => With(
        new SysdesignCommand("solve", "The cheapest design found that passes every tier and gate, ready to paste; with --all, every problem."),
        (o, output, error) => SolveCommand.Run(o, output, error),
        Arguments("problem-id", "The problem to solve (none with --all).", ArgumentArity.ZeroOrOne),
        Valued("--format", "csharp|json", "The design as C# (the default) or the result as JSON."),
        Flag("--all", "Solve every problem: solved / infeasible / failed with reasons and times."),
        Flag("--budget-first", "Keep within the problem's budget: when the cheapest passing design costs more, lower the costliest counts until it fits and name the gates that then fail."),
        Valued("--write", "folder", "With --all, write the solved designs to <folder>/<Category>/<Problem>.cs."),
        Valued("--costs", "file", "With --write, record each solved problem's cheapest passing cost in <file> (catalog/cheapest-designs.json)."));

    private static Option<string> Valued(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName };

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    private static Argument<string[]> Arguments(string name, string description, ArgumentArity arity) =>
        new(name) { Description = description, Arity = arity };

    private static SysdesignCommand With(SysdesignCommand command, Func<Options, TextWriter, TextWriter, int> run, Argument<string[]>? arguments, params Option[] options)
    {
        if (arguments is not null)
        {
            command.Arguments.Add(arguments);
        }

        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Run = run;
        return command;
    }
}

/// <summary>A command of <c>sysdesign</c> and the code that runs it with the parsed options and the output writers.</summary>
internal sealed class SysdesignCommand(string name, string description) : Command(name, description)
{
    public Func<Options, TextWriter, TextWriter, int> Run { get; set; } = (_, _, _) => throw new InvalidOperationException("no action: " + name);
}
