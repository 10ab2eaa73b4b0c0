namespace SystemDesign.Solver.Tests;

public sealed class CSharpNamesTests
{
    [Theory]
    [InlineData("tutorial-simple-blog", "TutorialSimpleBlog")]
    [InlineData("l5-data-platform-1", "L5DataPlatform1")]
    [InlineData("3d-printing", "P3dPrinting")]
    [InlineData("Café & Bar", "CafBar")]
    public void Pascal_makes_identifiers(string text, string expected) => Assert.Equal(expected, CSharpNames.Pascal(text));

    [Theory]
    [InlineData("Load Balancer", "loadBalancer")]
    [InlineData("Event", "event_")]
    [InlineData("A", "a_")]
    public void Camel_escapes_keywords_and_the_builder(string text, string expected) => Assert.Equal(expected, CSharpNames.Camel(text));

    [Fact]
    public void Unique_numbers_repeats() => Assert.Equal(["app", "app2", "db"], CSharpNames.Unique(["app", "app", "db"]));

    [Fact]
    public void Literal_escapes() => Assert.Equal("\"a\\\"b\\\\c\\n\"", CSharpNames.Literal("a\"b\\c\n"));
}
