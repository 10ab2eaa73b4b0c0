using System;
using System.Globalization;
using SystemDesign.Model;

namespace SystemDesign;

/// <summary>Runs <see cref="IDesign"/> implementations into <see cref="Architecture"/> models.</summary>
public static class DesignRunner
{
    /// <summary>
    /// Runs <paramref name="design"/>'s <c>Describe</c> on a fresh builder whose problem id comes from the class's
    /// <see cref="DesignAttribute"/>. If <c>Describe</c> throws, the exception does not escape: the result holds
    /// what was declared before the throw plus an SD0009 finding in <see cref="Architecture.BuildFindings"/>.
    /// </summary>
    /// <param name="design">The design to run.</param>
    /// <returns>The architecture the design describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="design"/> is null.</exception>
    public static Architecture Run(IDesign design)
    {
        if (design is null)
        {
            throw new ArgumentNullException(nameof(design));
        }

        var designType = design.GetType();
        var builder = new ArchitectureBuilder(GetProblemId(designType));
        try
        {
            design.Describe(builder);
        }
#pragma warning disable CA1031 // A user's Describe may throw anything; it becomes a finding, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            builder.AddBuildFinding(new Finding(
                Rules.DescribeThrew, null,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Describe threw {0} in design '{1}': {2} The design was evaluated only up to that point. Fix the code so Describe runs to the end; keep it to straight-line builder calls with constant arguments.",
                    ex.GetType().FullName,
                    designType.FullName,
                    ex.Message))
            {
                Target = FindingTarget.Design,
            });
        }

        return builder.Build();
    }

    /// <summary>The problem id of a design class's <see cref="DesignAttribute"/>, or null when it has none.</summary>
    /// <param name="designType">The design class.</param>
    /// <returns>The problem id, or null.</returns>
    public static string? GetProblemId(Type designType)
    {
        if (designType is null)
        {
            return null;
        }

        var attributes = designType.GetCustomAttributes(typeof(DesignAttribute), inherit: false);
        return attributes.Length > 0 ? ((DesignAttribute)attributes[0]).ProblemId : null;
    }
}
