using System;
using System.Globalization;
using System.IO;

namespace SystemDesign.Cli.Tests;

/// <summary>The parser (System.CommandLine): help generated from the grammar, --version, and usage errors as one line.</summary>
public sealed class CommandLineTests
{
    private static readonly StringComparison Ordinal = StringComparison.Ordinal;

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_every_command_and_the_exit_codes(string help)
    {
        var (exit, output, error) = Run(help);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        foreach (var command in new[] { "problems", "categories", "show <problem-id>", "grade <path>", "diagram <path|design>", "new <problem-id>", "solve" })
        {
            Assert.Contains("  " + command, output, Ordinal);
        }

        Assert.Contains(ExitCodes.Summary, output, Ordinal);
    }

    [Fact]
    public void Without_a_command_the_help_is_printed_and_the_exit_code_is_2()
    {
        var (exit, output, _) = Run();

        Assert.Equal(2, exit);
        Assert.Contains("Commands:", output, Ordinal);
    }

    [Fact]
    public void Each_command_has_help_generated_from_its_options()
    {
        var (exit, output, _) = Run("grade", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("grade <path> [options]", output, Ordinal);
        Assert.Contains("--format <text|markdown|json|sarif|html>", output, Ordinal);
        Assert.Contains("--no-color ", output, Ordinal);
        Assert.DoesNotContain("--api-project", output, Ordinal);
    }

    [Fact]
    public void Help_reads_the_same_under_any_ui_culture()
    {
        var invariant = Run("show", "--help").Out;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, Run("show", "--help").Out);
            Assert.Equal("de-DE", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var (exit, output, _) = Run("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("sysdesign: unknown command 'frobnicate'. Commands: problems, categories, show, grade, diagram, new, solve. Run 'sysdesign --help'.", "frobnicate")]
    [InlineData("sysdesign: unknown option '--colour'. Options here: --search, --category, --level, --difficulty, --format, --tiered. Run 'sysdesign problems --help'.", "problems", "--colour")]
    [InlineData("sysdesign: unknown option '--colour'. This command takes no options. Run 'sysdesign categories --help'.", "categories", "--colour")]
    [InlineData("sysdesign: option --category needs a value.", "problems", "--category")]
    [InlineData("sysdesign: option --format needs a value.", "grade", "x", "--format")]
    [InlineData("sysdesign: 'grade' takes one path (got 2); to grade several projects, pass their folder or a solution.", "grade", "a", "b")]
    [InlineData("sysdesign: 'problems' takes no arguments (got 'x'); to see one problem run 'sysdesign show x'.", "problems", "x")]
    public void Usage_errors_are_one_line_in_the_tools_words_with_exit_code_2(string expected, params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected + Environment.NewLine, error);
    }

    [Fact]
    public void A_response_file_argument_is_a_path_not_an_expansion()
    {
        var (exit, _, error) = Run("grade", "@no-such-file");

        Assert.Equal(2, exit);
        Assert.Contains("'@no-such-file' does not exist", error, Ordinal);
    }

    [Theory]
    [InlineData("grade", "--headroom", "--no-such")]
    [InlineData("problems", "--tiered", "--output")]
    [InlineData("show", "--format", "--design")]
    public void A_command_reads_only_the_options_the_grammar_declares_for_it(string command, string declared, string undeclared)
    {
        var options = Options.From(CommandGrammar.Build().Parse([command]), Path.GetTempPath());

        // A declared option that was not given reads as absent, whether it takes a value or not.
        Assert.Null(options.Value(declared));
        Assert.False(options.Flag(declared));
        var error = Assert.Throws<InvalidOperationException>(() => options.Value(undeclared));
        Assert.Equal($"'{command}' reads the option '{undeclared}', which CommandGrammar does not declare for it.", error.Message);
    }
}
