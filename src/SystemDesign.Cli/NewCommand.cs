using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SystemDesign.Cli;

/// <summary>
/// <c>sysdesign new &lt;problem-id&gt; [--output dir]</c>: a solution with a design project holding a starter
/// <c>[Design]</c> for the problem (the statement, tiers and palette as the class's doc comment, the client already
/// declared, and the builder call for every palette type in a comment) and a grading test project beside it, ready for
/// <c>dotnet test</c> and <c>sysdesign grade</c>.
/// </summary>
internal static class NewCommand
{
    public static int Run(Options options, TextWriter output)
    {
        if (options.Value("--template") is { } templateFolder)
        {
            return WriteTemplate(options, templateFolder, output);
        }

        if (options.Positional.Count != 1)
        {
            throw new UsageException("'new' takes one problem id, e.g. 'sysdesign new tutorial-simple-blog --output blog'. 'sysdesign problems' lists them.");
        }

        var problem = Options.Problem(options.Positional[0]);
        var name = TypeName(problem.Id);
        var folder = options.FullPath(options.Value("--output") ?? name);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"'{folder}' exists and is not empty; choose another folder with --output <dir>, or remove it.");
        }

        var reference = options.Value("--api-project") is { } api ? ApiProject(api, options.FullPath(api)) : null;
        var scaffold = new ScaffoldFiles(name, reference);
        foreach (var (path, text) in scaffold.Files(StarterDesign.Source(problem, name)))
        {
            Write(folder, path, text);
        }

        output.WriteLine($"Created {name} for '{problem.Id}' in {folder}:");
        output.WriteLine($"  {name}.slnx: the solution of the two projects");
        output.WriteLine($"  {scaffold.DesignFolder}/{name}.cs: the [Design] to fill in ({name}.csproj beside it)");
        output.WriteLine($"  {scaffold.TestsFolder}/Grading.cs: one grading test per tier and gate ({scaffold.TestsFolder}.csproj beside it)");
        output.WriteLine($"Next: dotnet test \"{folder}\"   (the starter fails its grade until you design it), or sysdesign grade \"{folder}\"");
        return ExitCodes.Success;
    }

    /// <summary>A C# type name from a problem id: "tutorial-simple-blog" → "TutorialSimpleBlog"; never starting with a digit.</summary>
    public static string TypeName(string problemId)
    {
        var name = string.Concat(problemId.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => new string(part.Where(char.IsLetterOrDigit).ToArray()))
            .Where(part => part.Length > 0)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return name.Length == 0 || char.IsDigit(name[0]) ? "Problem" + name : name;
    }

    // `sysdesign new --template <dir>`: the dotnet new template's content, written by the same code as a scaffold
    // (src/SystemDesign.Templates runs it when it packs).
    private static int WriteTemplate(Options options, string templateFolder, TextWriter output)
    {
        if (options.Positional.Count != 0 || options.Value("--output") is not null || options.Value("--api-project") is not null)
        {
            throw new UsageException("'new --template <dir>' takes no problem id and no other option: it writes the 'dotnet new sysdesign' template's content.");
        }

        var folder = options.FullPath(templateFolder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"'{folder}' exists and is not empty; the template's content goes into a new or empty folder.");
        }

        foreach (var (path, text) in TemplateContent.Files())
        {
            Write(folder, path, text);
        }

        output.WriteLine($"Wrote the 'dotnet new sysdesign' template into {folder}.");
        return ExitCodes.Success;
    }

    private static string ApiProject(string path, string full)
    {
        return File.Exists(full) && full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
            ? full
            : throw new UsageException($"--api-project takes the path of SystemDesign.csproj in a clone (e.g. src/SystemDesign/SystemDesign.csproj); '{path}' is not a .csproj file.");
    }

    private static void Write(string folder, string file, string text)
    {
        var path = Path.Combine(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
