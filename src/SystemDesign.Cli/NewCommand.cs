using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Cli;

/// <summary>
/// <c>sysdesign new &lt;problem-id&gt; [--output dir]</c>: a project with a starter <c>[Design]</c> for the problem, ready
/// for <c>dotnet build</c> and <c>sysdesign grade</c>: the statement, tiers and palette as the class's doc comment, the
/// client already declared, and the builder call for every palette type in a comment.
/// </summary>
internal static class NewCommand
{
    public static readonly string[] Valued = ["--output", "--api-project"];

    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count != 1)
        {
            throw new UsageException("'new' takes one problem id, e.g. 'sysdesign new tutorial-simple-blog --output blog'. 'sysdesign problems' lists them.");
        }

        var id = options.Positional[0];
        var catalog = ProblemCatalog.BuiltIn;
        if (catalog.Find(id) is not { } problem)
        {
            error.WriteLine($"sysdesign: no problem '{id}'. Did you mean: {string.Join(", ", catalog.SuggestIds(id))}?");
            return ExitCodes.Usage;
        }

        var name = TypeName(problem.Id);
        var folder = Path.GetFullPath(options.Value("--output") ?? name);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"'{folder}' exists and is not empty; choose another folder with --output <dir>, or remove it.");
        }

        var reference = options.Value("--api-project") is { } api ? ApiProject(api) : null;
        Directory.CreateDirectory(folder);
        Write(folder, name + ".csproj", Project(reference));
        Write(folder, name + ".cs", StarterDesign.Source(problem, name));
        Write(folder, ".editorconfig", EditorConfig);
        output.WriteLine($"Created {name} for '{problem.Id}' in {folder}:");
        output.WriteLine($"  {name}.csproj, {name}.cs (the [Design] to fill in), .editorconfig");
        output.WriteLine($"Next: dotnet build \"{folder}\" && sysdesign grade \"{folder}\"");
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

    // Until the design meets its tiers the analyzers' findings would be compile errors; as warnings the starter builds
    // and every finding still shows, in the IDE and in `dotnet build`.
    private const string EditorConfig = """
        root = true

        [*.cs]
        # SystemDesign findings are warnings while you work, so the starter builds. Delete this line to make a failing
        # grade a compile error (the default). `sysdesign grade` reports the engine's own severities either way.
        dotnet_analyzer_diagnostic.severity = warning

        """;

    private static string Project(string? apiProject)
    {
        var version = typeof(NewCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";
        var reference = apiProject is null
            ? $"""    <PackageReference Include="SystemDesign" Version="{version}" />"""
            : $"""    <ProjectReference Include="{apiProject}" />""";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
            {reference}
              </ItemGroup>
            </Project>

            """;
    }

    private static string ApiProject(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) && full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
            ? full
            : throw new UsageException($"--api-project takes the path of SystemDesign.csproj in a clone (e.g. src/SystemDesign/SystemDesign.csproj); '{path}' is not a .csproj file.");
    }

    private static void Write(string folder, string file, string text) =>
        File.WriteAllText(Path.Combine(folder, file), text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}

/// <summary>The starter design's source: doc comment from the problem, the client, and the palette's builder calls.</summary>
internal static class StarterDesign
{
    public static string Source(Problem problem, string name)
    {
        var o = new StringBuilder();
        o.Append("using SystemDesign;\n\nnamespace Designs;\n\n/// <summary>\n");
        Doc(o, problem.Title);
        o.Append("/// </summary>\n/// <remarks>\n");
        Doc(o, "Goal: " + problem.Goal);
        if (problem.Summary.Length > 0)
        {
            Doc(o, problem.Summary);
        }

        foreach (var tier in problem.Tiers)
        {
            Doc(o, tier.Id + " " + tier.Title + ": " + string.Join("; ", tier.Requirements.Select(r => r.Describe())) + ".");
        }

        Doc(o, "Palette: " + string.Join(", ", problem.Palette) + ".");
        o.Append("/// Run 'sysdesign show ").Append(problem.Id).Append("' for the whole statement and workload, 'sysdesign grade .' for the grade.\n")
            .Append("/// </remarks>\n")
            .Append("[Design(\"").Append(problem.Id).Append("\")]\npublic sealed class ").Append(name).Append(" : IDesign\n{\n")
            .Append("    public void Describe(ArchitectureBuilder a)\n    {\n")
            .Append("        var users = a.Client(\"Users\");\n\n")
            .Append("        // The palette, one builder call each; declare what you need, then connect it, e.g. users.Calls(lb):\n");
        foreach (var type in problem.Palette.Where(t => t != ComponentTypes.Client))
        {
            o.Append("        // ").Append(Call(type)).Append('\n');
        }

        o.Append("    }\n}\n");
        return o.ToString();
    }

    // The typed builder method of each well-known type (ComponentTypes.App = "app" ↔ ArchitectureBuilder.App), by name.
    private static readonly Dictionary<string, string> Methods = typeof(ComponentTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && typeof(ArchitectureBuilder).GetMethod(f.Name, [typeof(string)]) is not null)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    private static string Call(string type)
    {
        var label = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(type.Replace('_', ' '));
        return Methods.TryGetValue(type, out var method)
            ? $"a.{method}(\"{label}\").Instances(2);"
            : $"a.Component(\"{type}\", \"{label}\").Instances(2);";
    }

    /// <summary>One doc-comment paragraph: XML-escaped, one "///" line per source line.</summary>
    private static void Doc(StringBuilder o, string text)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        o.Append("/// <para>");
        var first = true;
        foreach (var line in escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            o.Append(first ? string.Empty : "/// ").Append(line.TrimEnd()).Append('\n');
            first = false;
        }

        o.Length--;
        o.Append("</para>\n");
    }
}
