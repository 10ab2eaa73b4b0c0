using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>decideReadRatio: the read share of a problem whose text leaves it open (issue 8, a rate stated in "queries").</summary>
public static partial class OverrideFile
{
    private static Operation DecideReadRatio(JsonElement op, string file, string path, string reason)
    {
        var imported = OptionalNumber(op, file, path, "imported");
        var graded = OptionalNumber(op, file, path, "graded");
        Expect(imported is >= 0 and <= 1, file, path + ".imported", "the read share the import computes, a fraction in [0, 1]");
        Expect(graded is >= 0 and <= 1, file, path + ".graded", "the read share to grade, a fraction in [0, 1] (1 all reads, 0 all writes)");
        return new Operation(path, "decideReadRatio", reason) { Decision = (imported!.Value, graded!.Value) };
    }

    private static Problem DecideRatio(Problem problem, Operation op, string file)
    {
        var label = ProblemLabel.Of(problem);
        Expect(!problem.Corrections.Any(c => c.Field == "workload.readRatio"), file, op.Path, $"one decideReadRatio per problem ({label} already has one)");
        var ratio = problem.Workload.ReadRatio;
        Expect(ratio is not null, file, op.Path, $"a problem whose import yields a read share ({label} has none)");
        var (imported, graded) = op.Decision!.Value;
        // Decided against a figure (usually the 90% default): a parser that now reads a share from the text must be reviewed.
        Expect(Math.Abs(imported - ratio!.Value) <= 1e-9, file, op.Path + ".imported",
            string.Create(CultureInfo.InvariantCulture, $"{CatalogNumber.Format(ratio.Value)}, the read share the import now computes for {label} from '{ratio.Source}' (it was decided against {CatalogNumber.Format(imported)}: review the decision and update imported)"));
        return ProblemWorkload.WithDecidedReadRatio(problem, graded);
    }
}
