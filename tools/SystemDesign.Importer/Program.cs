using System;
using System.IO;

namespace SystemDesign.Importer;

/// <summary>
/// <c>dotnet run --project tools/SystemDesign.Importer -- &lt;export.txt&gt; &lt;catalog-dir&gt;</c>.
/// Exit codes (docs/catalog.md): 0 imported; 1 malformed input, the one-line message names the file, the line
/// or JSON path and what was expected; 2 usage, or a file or folder missing or unreadable; 3 the catalog could
/// not be written (the previous one is left in place); 4 an internal error, a bug in the importer.
/// Every failure is one "error: ..." line on stderr, never a stack trace.
/// </summary>
internal static class Program
{
    public const int Imported = 0;
    public const int MalformedInput = 1;
    public const int UsageOrMissingFile = 2;
    public const int WriteFailed = 3;
    public const int InternalError = 4;

    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: SystemDesign.Importer <export.txt> <catalog-dir>");
            Console.Error.WriteLine("  reads the catalog export and writes <catalog-dir>/problems/<category>/<id>.json,");
            Console.Error.WriteLine("  applying <catalog-dir>/overrides.json (see docs/catalog.md).");
            return UsageOrMissingFile;
        }

        var (export, catalogDir) = (args[0], args[1]);
        if (!File.Exists(export))
        {
            return Fail(UsageOrMissingFile, $"export file not found: {Path.GetFullPath(export)}");
        }

        if (!Directory.Exists(catalogDir))
        {
            return Fail(UsageOrMissingFile, $"catalog directory not found: {Path.GetFullPath(catalogDir)}");
        }

        try
        {
            var result = Importer.Run(export, catalogDir);
            if (result.OverridesPath is null)
            {
                Console.Error.WriteLine($"note: no {Importer.OverridesFileName} in {catalogDir}; imported without corrections");
            }

            Console.WriteLine($"imported {result.Problems.Count} problems in {result.Categories} categories into {Path.Combine(catalogDir, CatalogWriter.ProblemsFolder)} ({result.Corrections} corrections applied)");
            return Imported;
        }
        catch (ImportException e)
        {
            return Fail(MalformedInput, e.Message);
        }
        catch (CatalogWriteException e)
        {
            return Fail(WriteFailed, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(UsageOrMissingFile, "could not read the input: " + e.Message);
        }
#pragma warning disable CA1031 // The last resort: one line naming the bug instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(InternalError, $"internal error ({e.GetType().Name}: {e.Message}); this is a bug in the importer, please report it with the input");
        }
    }

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine("error: " + message);
        return code;
    }
}
