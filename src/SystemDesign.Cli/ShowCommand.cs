using System.IO;
using SystemDesign.Catalog;

namespace SystemDesign.Cli;

/// <summary><c>sysdesign show &lt;id&gt;</c>: one problem in full, as Markdown-flavoured text or JSON.</summary>
internal static class ShowCommand
{
    public static int Run(Options options, TextWriter output)
    {
        if (options.Positional.Count != 1)
        {
            throw new UsageException("'show' takes one problem id, e.g. 'sysdesign show tutorial-simple-blog'.");
        }

        var problem = Options.Problem(options.Positional[0]);
        var json = CatalogJson.Wanted(options);
        var figures = GradedFigures.Of(problem, ProblemCatalog.BuiltIn.Components);
        if (json)
        {
            output.Write(CatalogJson.Problem(problem, figures));
            return ExitCodes.Success;
        }

        ProblemText.Write(problem, figures, output);
        return ExitCodes.Success;
    }
}
