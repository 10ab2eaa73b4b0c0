using System;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Reports;

namespace SystemDesign.Cli;

/// <summary><c>sysdesign categories</c>: each category with its problem count and difficulties.</summary>
internal static class CategoriesCommand
{
    public static int Run(Options options, TextWriter output)
    {
        if (options.Positional.Count > 0)
        {
            throw new UsageException("'categories' takes no arguments.");
        }

        var catalog = ProblemCatalog.BuiltIn;
        var table = new Table("category", "problems", "with tiers", "difficulties");
        foreach (var category in catalog.Categories)
        {
            var problems = catalog.Problems.Where(p => string.Equals(p.Category, category, StringComparison.Ordinal)).ToArray();
            var difficulties = problems.GroupBy(p => p.Difficulty ?? "-", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));
            table.Add(
                category,
                problems.Length.ToString(CultureInfo.InvariantCulture),
                problems.Count(p => p.Tiers.Count > 0).ToString(CultureInfo.InvariantCulture),
                string.Join(", ", difficulties));
        }

        table.WriteText(output);
        return ExitCodes.Success;
    }
}
