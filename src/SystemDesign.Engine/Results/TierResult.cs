using System.Collections.Generic;
using SystemDesign.Catalog;

namespace SystemDesign.Engine.Results;

/// <summary>A tier of the problem and whether the design passes each of its requirements.</summary>
/// <param name="Id">The tier id, e.g. T2.</param>
/// <param name="Title">The tier's title.</param>
/// <param name="Requirements">Each requirement with its result.</param>
public sealed record TierResult(string Id, string Title, IReadOnlyList<RequirementResult> Requirements)
{
    /// <summary>True when every requirement passes.</summary>
    public bool Passed
    {
        get
        {
            foreach (var r in Requirements)
            {
                if (!r.Passed)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>One requirement's result, with what the design has.</summary>
/// <param name="Requirement">The catalog requirement.</param>
/// <param name="Passed">True when met.</param>
/// <param name="Detail">What the design has, e.g. "app: 8 instances (App Servers)".</param>
public sealed record RequirementResult(Requirement Requirement, bool Passed, string Detail);
