namespace SystemDesign.Package.Tests;

/// <summary>One pack per test run, shared by the layout and consumer tests.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPackage : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
