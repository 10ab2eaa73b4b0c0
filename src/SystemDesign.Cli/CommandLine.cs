using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Cli.Diagrams;
using SystemDesign.Cli.Grading;

namespace SystemDesign.Cli;

/// <summary>Parses the command line and dispatches to a command. Writers are parameters so tests run it in-process.</summary>
internal static class CommandLine
{
    public const string Usage = """
        sysdesign — architecture as code, graded by the C# compiler

        Usage:
          sysdesign problems [--search <text>] [--category <name>] [--level <level>] [--tiered] [--format text|json]
                                       list catalog problems (filters combine; --difficulty is --level's older name)
          sysdesign categories         list categories with problem counts
          sysdesign show <problem-id> [--format text|json]
                                       show one problem in full: statement, workload, tiers, hints
          sysdesign grade <path> [--problem <id>] [--design <name>] [--headroom <x>]
                         [--format text|markdown|json|sarif|html] [--output <file>] [--no-color] [--no-restore] [--timings]
                                       grade every [Design] class of a .sln, .slnx, .csproj or folder, statically:
                                       no design code runs, but opening a project evaluates its MSBuild files
          sysdesign diagram <path|design> [--design <name>] [--problem <id>] [--format mermaid|dot|svg] [--output <file>]
                                       draw one design's architecture, coloured by utilization (read as grade reads it)
          sysdesign new <problem-id> [--output <dir>] [--api-project <SystemDesign.csproj>]
                                       a project with a starter [Design] for the problem (references the SystemDesign
                                       package, or with --api-project the API project of a clone)
          sysdesign solve <problem-id> [--format csharp|json]
                                       the cheapest design found that passes every tier and gate, ready to paste
          sysdesign solve --all [--write <folder> [--costs <file>]]
                                       solve every problem: solved / infeasible / failed with reasons and times;
                                       --write puts the solved designs in <folder>/<Category>/<Problem>.cs,
                                       --costs their monthly costs in <file> (catalog/cheapest-designs.json)
          sysdesign --help             this text

        Exit codes: 0 success (every design passed), 1 a design failed or could not be read (SD0021),
                    2 bad usage or input (missing path, project that fails to load or compile, no designs), 130 Ctrl-C.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        try
        {
            return args[0] switch
            {
                "problems" => ProblemsCommand.Run(Options.Parse(args.Skip(1), ProblemsCommand.Valued, ProblemsCommand.Flags), output),
                "categories" => CategoriesCommand.Run(Options.Parse(args.Skip(1), [], []), output),
                "show" => ShowCommand.Run(Options.Parse(args.Skip(1), ["--format"], []), output, error),
                "grade" => GradeCommand.Run(Options.Parse(args.Skip(1), GradeOptions.Valued, GradeOptions.Flags), output, error),
                "solve" => SolveCommand.Run(Options.Parse(args.Skip(1), SolveCommand.Valued, SolveCommand.Flags), output, error),
                "new" => NewCommand.Run(Options.Parse(args.Skip(1), NewCommand.Valued, []), output, error),
                "diagram" => DiagramCommand.Run(Options.Parse(args.Skip(1), DiagramCommand.Valued, DiagramCommand.Flags), output, error),
                _ => Fail(error, $"unknown command '{args[0]}'. Commands: problems, categories, show, grade, diagram, new, solve. Run 'sysdesign --help'."),
            };
        }
        catch (UsageException e)
        {
            return Fail(error, e.Message);
        }
        catch (GradeException e)
        {
            return Fail(error, e.Message);
        }
        catch (CatalogValidationException e)
        {
            return Fail(error, e.Message);
        }
        catch (SystemDesign.Catalog.Loading.CatalogFormatException e)
        {
            return Fail(error, "the built-in catalog is damaged: " + e.Message);
        }
#pragma warning disable CA1031 // the promise is one clear line for every error, never a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(error, "unexpected error (" + e.GetType().Name + "): " + e.Message + " Please report it with the command you ran.");
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("sysdesign: " + message);
        return ExitCodes.Usage;
    }
}

/// <summary>Bad usage: the message says what was wrong and what to type instead.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Options of one command: <c>--name value</c> pairs, flags, and positional arguments.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Options Parse(IEnumerable<string> args, string[] valued, string[] flagNames)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (valued.Contains(arg, StringComparer.Ordinal))
            {
                options.values[arg] = e.MoveNext() ? e.Current : throw new UsageException($"option {arg} needs a value.");
            }
            else if (flagNames.Contains(arg, StringComparer.Ordinal))
            {
                options.flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var known = valued.Concat(flagNames).ToArray();
                throw new UsageException($"unknown option '{arg}'." + (known.Length > 0 ? " Options here: " + string.Join(", ", known) + "." : " This command takes no options."));
            }
            else
            {
                options.Positional.Add(arg);
            }
        }

        return options;
    }

    public string? Value(string name) => values.TryGetValue(name, out var v) ? v : null;

    public bool Flag(string name) => flags.Contains(name);
}
