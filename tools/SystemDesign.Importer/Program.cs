using System;
using System.IO;

namespace SystemDesign.Importer;

/// <summary>
/// <c>dotnet run --project tools/SystemDesign.Importer -- &lt;export.txt&gt; &lt;catalog-dir&gt;</c>.
/// Exit codes: 0 imported; 1 malformed input (the message names the place); 2 usage or missing file.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: SystemDesign.Importer <export.txt> <catalog-dir>");
            Console.Error.WriteLine("  reads the catalog export and writes <catalog-dir>/problems/<category>/<id>.json,");
            Console.Error.WriteLine("  applying <catalog-dir>/overrides.json (see docs/catalog.md).");
            return 2;
        }

        var (export, catalogDir) = (args[0], args[1]);
        if (!File.Exists(export))
        {
            Console.Error.WriteLine($"error: export file not found: {Path.GetFullPath(export)}");
            return 2;
        }

        if (!Directory.Exists(catalogDir))
        {
            Console.Error.WriteLine($"error: catalog directory not found: {Path.GetFullPath(catalogDir)}");
            return 2;
        }

        try
        {
            var result = Importer.Run(export, catalogDir);
            if (result.OverridesPath is null)
            {
                Console.Error.WriteLine($"note: no {Importer.OverridesFileName} in {catalogDir}; imported without corrections");
            }

            Console.WriteLine($"imported {result.Problems.Count} problems in {result.Categories} categories into {Path.Combine(catalogDir, "problems")} ({result.Corrections} corrections applied)");
            return 0;
        }
        catch (ImportException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }
}
