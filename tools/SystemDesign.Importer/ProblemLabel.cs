using System.Globalization;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>"#12 (some-id)": the way the importer's errors name a problem.</summary>
public static class ProblemLabel
{
    public static string Of(Problem problem)
    {
        System.ArgumentNullException.ThrowIfNull(problem);
        return Of(problem.Number, problem.Id);
    }

    /// <summary>The label before the id is known ("#12"), and with it.</summary>
    public static string Of(int number, string? id) =>
        "#" + number.ToString(CultureInfo.InvariantCulture) + (id is null ? string.Empty : " (" + id + ")");
}
