using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SystemDesign.Cli.Grading;

/// <summary>What <c>grade &lt;path&gt;</c> names: a solution, one project, or a folder of projects.</summary>
internal enum InputKind
{
    Solution,
    Project,
    Folder,
}

/// <summary>The checked input path and the project files it names (for a solution, as its file lists them).</summary>
internal sealed record GradeInput(InputKind Kind, string FullPath, IReadOnlyList<string> ProjectFiles)
{
    private static readonly Regex SlnProject = new(@"^Project\(""\{[^}]+\}""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>
    /// Checks <paramref name="path"/> (as typed, quoted in messages) at <paramref name="full"/>; a <see cref="GradeException"/>
    /// says what is wrong and what to pass instead.
    /// </summary>
    public static GradeInput Resolve(string path, string full)
    {
        if (Directory.Exists(full))
        {
            var projects = ProjectsBelow(full);
            return projects.Count > 0
                ? new GradeInput(InputKind.Folder, full, projects)
                : throw new GradeException($"no C# project (.csproj) in the folder '{path}' or below it: pass a folder that holds projects, a .csproj, or a .sln/.slnx.");
        }

        if (!File.Exists(full))
        {
            throw new GradeException($"'{path}' does not exist: pass a .sln, .slnx or .csproj file, or a folder of projects.");
        }

        return Path.GetExtension(full).ToLowerInvariant() switch
        {
            ".csproj" => new GradeInput(InputKind.Project, full, [full]),
            ".sln" or ".slnx" => new GradeInput(InputKind.Solution, full, SolutionProjects(full)),
            _ => throw new GradeException($"'{path}' is not a .sln, .slnx or .csproj file: pass one of those, or a folder of projects."),
        };
    }

    // bin/obj hold copies and generated projects; hidden folders (.git, .vs) hold none of the user's.
    private static List<string> ProjectsBelow(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return [.. Directory.EnumerateFiles(folder, "*.csproj", options)
            .Where(p => !Path.GetRelativePath(folder, p).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj" or "node_modules" || s.StartsWith('.')))
            .OrderBy(p => p, StringComparer.Ordinal)];
    }

    private static List<string> SolutionProjects(string solution)
    {
        var folder = Path.GetDirectoryName(solution)!;
        IEnumerable<string> relative;
        try
        {
            var text = File.ReadAllText(solution);
            relative = solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                ? XDocument.Parse(text).Descendants("Project").Select(p => (string?)p.Attribute("Path")).OfType<string>().Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                : SlnProject.Matches(text).Select(m => m.Groups["path"].Value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            throw new GradeException($"cannot read the solution '{solution}': {e.Message}");
        }

        return [.. relative.Select(p => Path.GetFullPath(Path.Combine(folder, p.Replace('\\', Path.DirectorySeparatorChar)))).Distinct(StringComparer.Ordinal)];
    }
}

/// <summary>A usage or load error of <c>grade</c>: one line for the user, exit code 2.</summary>
internal sealed class GradeException(string message) : Exception(message);
