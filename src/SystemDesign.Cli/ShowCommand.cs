using System.IO;
using SystemDesign.Catalog;

namespace SystemDesign.Cli;

/// <summary><c>sysdesign show &lt;id&gt;</c>: one problem in full, as Markdown-flavoured text or JSON.</summary>
internal static class ShowCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count != 1)
        {
            throw new UsageException("'show' takes one problem id, e.g. 'sysdesign show tutorial-simple-blog'.");
        }

        var id = options.Positional[0];
        var catalog = ProblemCatalog.BuiltIn;
        if (catalog.Find(id) is not { } problem)
        {
            error.WriteLine($"sysdesign: no problem '{id}'. Did you mean: {string.Join(", ", catalog.SuggestIds(id))}?");
            return ExitCodes.Usage;
        }

        var json = CatalogJson.Wanted(options);
        var figures = GradedFigures.Of(problem, catalog.Components);
        if (json)
        {
            output.Write(CatalogJson.Problem(problem, figures));
            return ExitCodes.Success;
        }

        ProblemText.Write(problem, figures, output);
        return ExitCodes.Success;
    }
}
