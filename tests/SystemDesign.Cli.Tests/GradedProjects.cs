namespace SystemDesign.Cli.Tests;

/// <summary>
/// The test classes that grade the temporary projects read one <see cref="GradeProjects"/>: a restore and a workspace
/// load per distinct command line for the whole run, not one per class.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GradedProjects : ICollectionFixture<GradeProjects>
{
    public const string Name = "Graded projects";
}
