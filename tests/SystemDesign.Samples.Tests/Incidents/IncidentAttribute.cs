using System;

namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// Marks the "before" design of a case study (issue 12): the incident as it ran, which must fail its problem with
/// exactly these rule ids (errors and warnings). Not a <c>[Design]</c>: the generated grading tests and
/// <c>sysdesign grade samples</c> expect every design to pass, and these are graded as expected failures instead
/// (<see cref="IncidentDesignTests"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class IncidentAttribute(string problemId, params string[] ruleIds) : Attribute
{
    /// <summary>The case study the incident belongs to.</summary>
    public string ProblemId { get; } = problemId;

    /// <summary>The rule ids of the findings a senior engineer would name, each once.</summary>
    public string[] RuleIds { get; } = ruleIds;
}
