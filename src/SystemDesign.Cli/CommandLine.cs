using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Cli.Grading;

namespace SystemDesign.Cli;

/// <summary>
/// Parses the command line with System.CommandLine (<see cref="CommandGrammar"/>) and runs the command. Writers and
/// the working folder are parameters so tests run it in-process, several at once. Every error is one line on the
/// error writer, exit code 2.
/// </summary>
internal static class CommandLine
{
    /// <summary>Help is laid out for this width whatever the terminal, so it reads the same everywhere.</summary>
    private const int HelpWidth = 110;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Directory.GetCurrentDirectory());

    /// <summary>Runs as if started in <paramref name="workingDirectory"/>: relative paths resolve, and reports show paths, against it.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        // Help headings are localized resources of System.CommandLine: the tool speaks one language everywhere.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return Dispatch(args, output, error, workingDirectory);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int Dispatch(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var root = CommandGrammar.Build();
        // Without a command, the help says what to type; that is still a usage error for a script.
        var noCommand = args.Length == 0;
        var parsed = root.Parse(noCommand || args is ["help"] ? ["--help"] : args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is HelpAction help)
        {
            help.MaxWidth = HelpWidth;
            parsed.Invoke(Invocation(output, error));
            if (parsed.CommandResult.Command is RootCommand || parsed.CommandResult.Command.Name == "grade")
            {
                output.WriteLine(ExitCodes.Summary);
            }

            return noCommand ? ExitCodes.Usage : ExitCodes.Success;
        }

        try
        {
            if (UsageError(parsed) is { } message)
            {
                return Fail(error, message);
            }

            if (parsed.CommandResult.Command is not SysdesignCommand command)
            {
                // The root without errors or help: --version.
                parsed.Invoke(Invocation(output, error));
                return ExitCodes.Success;
            }

            return command.Run(Options.From(parsed, workingDirectory), output, error);
        }
        catch (Exception e) when (e is UsageException or GradeException or CatalogValidationException)
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

    /// <summary>
    /// The parser's complaint in the tool's words: an unknown command or option, or an option without its value.
    /// Too many or too few arguments are left to the command, whose message shows what to type.
    /// </summary>
    private static string? UsageError(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command is RootCommand)
        {
            return parsed.Errors.Count == 0 ? null : $"unknown command '{(parsed.Tokens.Count > 0 ? parsed.Tokens[0].Value : string.Empty)}'. Commands: "
                + string.Join(", ", command.Subcommands.Select(c => c.Name)) + ". Run 'sysdesign --help'.";
        }

        if (Positional(parsed).FirstOrDefault(t => t.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            var known = command.Options.Where(o => o is not HelpOption).Select(o => o.Name).ToArray();
            return $"unknown option '{unknown}'." + (known.Length > 0 ? " Options here: " + string.Join(", ", known) + "." : " This command takes no options.")
                + $" Run 'sysdesign {command.Name} --help'.";
        }

        var optionError = parsed.Errors.FirstOrDefault(e => e.SymbolResult is OptionResult);
        return optionError?.SymbolResult switch
        {
            OptionResult { Option.ValueType: var type, Tokens.Count: 0 } option when type != typeof(bool) => $"option {option.Option.Name} needs a value.",
            not null => optionError.Message,
            null => null,
        };
    }

    /// <summary>The command's arguments as typed, including any the grammar did not expect.</summary>
    public static IReadOnlyList<string> Positional(ParseResult parsed) =>
        [.. parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Concat(parsed.UnmatchedTokens)];

    // Exceptions stay ours (one line each) and Ctrl-C stays with the commands that load projects.
    private static InvocationConfiguration Invocation(TextWriter output, TextWriter error) =>
        new() { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("sysdesign: " + message);
        return ExitCodes.Usage;
    }
}

/// <summary>Bad usage: the message says what was wrong and what to type instead.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Options of one command as parsed: <c>--name value</c> pairs, flags, and positional arguments.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    // The options the grammar declares for this command (CommandGrammar is their one list): a command that asks for any
    // other name has a typo that would otherwise read as "not given".
    private readonly HashSet<string> declared = new(StringComparer.Ordinal);
    private readonly string command;

    private Options(string workingDirectory, Command command)
    {
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        this.command = command.Name;
        declared.UnionWith(command.Options.Select(o => o.Name));
    }

    public List<string> Positional { get; } = [];

    /// <summary>The folder the command runs in: relative paths on the command line are relative to it.</summary>
    public string WorkingDirectory { get; }

    public static Options From(ParseResult parsed, string workingDirectory)
    {
        var options = new Options(workingDirectory, parsed.CommandResult.Command);
        options.Positional.AddRange(CommandLine.Positional(parsed));
        foreach (var option in parsed.CommandResult.Children.OfType<OptionResult>().Where(o => !o.Implicit))
        {
            if (option.Option.ValueType == typeof(bool))
            {
                if (option.GetValueOrDefault<bool>())
                {
                    options.flags.Add(option.Option.Name);
                }
            }
            else if (option.GetValueOrDefault<string>() is { } value)
            {
                options.values[option.Option.Name] = value;
            }
        }

        return options;
    }

    public string? Value(string name) => values.TryGetValue(Declared(name), out var v) ? v : null;

    public bool Flag(string name) => flags.Contains(Declared(name));

    private string Declared(string name) => declared.Contains(name)
        ? name
        : throw new InvalidOperationException($"'{command}' reads the option '{name}', which CommandGrammar does not declare for it.");

    /// <summary>The catalog problem <paramref name="id"/> names; else a usage error (exit 2) with the nearest ids.</summary>
    public static Problem Problem(string id) =>
        ProblemCatalog.BuiltIn.Find(id) ?? throw new UsageException($"no problem '{id}'. Did you mean: {string.Join(", ", ProblemCatalog.BuiltIn.SuggestIds(id))}?");

    /// <summary>A path from the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
