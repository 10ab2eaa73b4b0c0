using System;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Reports;

namespace SystemDesign.Cli;

/// <summary><c>sysdesign problems</c>: the catalog as a table or JSON, filtered by text, category, level (difficulty), tiers.</summary>
internal static class ProblemsCommand
{
    public static int Run(Options options, TextWriter output)
    {
        if (options.Positional.Count > 0)
        {
            throw new UsageException($"'problems' takes no arguments (got '{options.Positional[0]}'); to see one problem run 'sysdesign show {options.Positional[0]}'.");
        }

        var catalog = ProblemCatalog.BuiltIn;
        var category = options.Value("--category");
        var difficulty = Level(options);
        var search = options.Value("--search");
        var json = CatalogJson.Wanted(options);
        if (category is not null && !catalog.Categories.Contains(category, StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException($"no category '{category}'. Categories: {string.Join(", ", catalog.Categories)}.");
        }

        var difficulties = catalog.Problems.Select(p => p.Difficulty).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal).ToArray();
        if (difficulty is not null && !difficulties.Contains(difficulty, StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException($"no level '{difficulty}'. Levels: {string.Join(", ", difficulties)}.");
        }

        var selected = catalog.Problems
            .Where(p => category is null || string.Equals(p.Category, category, StringComparison.OrdinalIgnoreCase))
            .Where(p => difficulty is null || string.Equals(p.Difficulty, difficulty, StringComparison.OrdinalIgnoreCase))
            .Where(p => !options.Flag("--tiered") || p.Tiers.Count > 0)
            .Where(p => search is null || Matches(p, search))
            .ToArray();
        if (json)
        {
            output.Write(CatalogJson.Problems(selected, catalog.Problems.Count));
            return ExitCodes.Success;
        }

        var table = new Table("#", "id", "category", "difficulty", "tiers", "title");
        foreach (var p in selected)
        {
            table.Add(
                p.Number.ToString(CultureInfo.InvariantCulture),
                p.Id,
                p.Category,
                p.Difficulty ?? "-",
                p.Tiers.Count.ToString(CultureInfo.InvariantCulture),
                p.Title);
        }

        table.WriteText(output);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{selected.Length} of {catalog.Problems.Count} problems. 'sysdesign show <id>' shows one in full."));
        return ExitCodes.Success;
    }

    /// <summary>--level, or its older name --difficulty; both at once must agree.</summary>
    private static string? Level(Options options)
    {
        var level = options.Value("--level");
        var difficulty = options.Value("--difficulty");
        return level is not null && difficulty is not null && !string.Equals(level, difficulty, StringComparison.OrdinalIgnoreCase)
            ? throw new UsageException($"--level '{level}' and --difficulty '{difficulty}' disagree; --difficulty is the older name of --level: give one.")
            : level ?? difficulty;
    }

    /// <summary>A case-insensitive substring of the id, title, summary or goal.</summary>
    private static bool Matches(Problem p, string text) =>
        new[] { p.Id, p.Title, p.Summary, p.Goal }.Any(field => field.Contains(text, StringComparison.OrdinalIgnoreCase));
}
