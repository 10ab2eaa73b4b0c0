namespace SystemDesign.Generators.Models;

/// <summary>Everything one generated <c>*_Grading</c> test class needs.</summary>
/// <param name="Namespace">The namespace of the test class (the design's namespace + <c>.Grading</c>).</param>
/// <param name="ClassName">The test class's name, e.g. <c>PersonalBlog_Grading</c>.</param>
/// <param name="DesignType">The design's fully qualified name, for <c>typeof</c>.</param>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="ProblemId">The problem's id.</param>
/// <param name="ProblemTitle">The problem's title.</param>
/// <param name="Tests">One test per tier and per gate, plus "Design is valid", in checklist order.</param>
internal sealed record GradingModel(
    string Namespace,
    string ClassName,
    string DesignType,
    string HintName,
    string ProblemId,
    string ProblemTitle,
    EquatableArray<GradingTest> Tests);

/// <summary>What a generated test asserts.</summary>
internal enum GradingTestKind
{
    /// <summary>DesignGrader.AssertDesignValid.</summary>
    Valid,

    /// <summary>DesignGrader.AssertTier; <see cref="GradingTest.Argument"/> is the tier id.</summary>
    Tier,

    /// <summary>DesignGrader.AssertGate; <see cref="GradingTest.Argument"/> is the Gate member name.</summary>
    Gate,
}

/// <summary>One generated [Fact].</summary>
/// <param name="Kind">What it asserts.</param>
/// <param name="MethodName">The test method's name.</param>
/// <param name="DisplayName">The name the test explorer shows, e.g. "T0 Basic Setup: Must include: app; ...".</param>
/// <param name="Argument">The tier id or gate name; empty for <see cref="GradingTestKind.Valid"/>.</param>
/// <param name="Summary">The XML doc summary of the test method.</param>
internal sealed record GradingTest(GradingTestKind Kind, string MethodName, string DisplayName, string Argument, string Summary);
