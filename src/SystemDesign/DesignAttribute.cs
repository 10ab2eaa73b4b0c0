using System;

namespace SystemDesign;

/// <summary>
/// Marks an <see cref="IDesign"/> class as the answer to a catalog problem. The analyzer, the test runner and
/// the <c>sysdesign</c> tool find designs by this attribute and grade them against the named problem.
/// </summary>
/// <example><code>
/// [Design("tutorial-simple-blog")]
/// public sealed class PersonalBlog : IDesign { public void Describe(ArchitectureBuilder a) { ... } }
/// </code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DesignAttribute : Attribute
{
    /// <summary>Marks the class as a design for the problem with id <paramref name="problemId"/>.</summary>
    /// <param name="problemId">The catalog problem id, for example "tutorial-simple-blog".</param>
    public DesignAttribute(string problemId) => ProblemId = problemId;

    /// <summary>The catalog problem id, for example "tutorial-simple-blog".</summary>
    public string ProblemId { get; }
}
