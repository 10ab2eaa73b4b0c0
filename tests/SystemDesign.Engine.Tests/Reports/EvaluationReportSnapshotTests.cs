using System.IO;
using SystemDesign.Reports;
using SystemDesign.TestSupport;
using EngineEvaluation = SystemDesign.Engine.Results.Evaluation;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>
/// Approved-file snapshots of the three formats for four designs (the fourth sets every call policy and a pool). The approved files are reviewed like code;
/// when the engine's figures change, diff the received file against the approved one before approving.
/// </summary>
public sealed class EvaluationReportSnapshotTests
{
    private static readonly string Approved = Path.Combine(RepositoryRoot.Path, "tests", "SystemDesign.Engine.Tests", "Reports", "Snapshots");

    public static TheoryData<string> Designs => new() { "blog-8-apps", "blog-2-apps", "cbdc-l6", "blog-call-policies" };

    internal static EngineEvaluation Evaluate(string design) => design switch
    {
        "blog-8-apps" => Grader.Grade(ReportDesigns.Blog, TutorialBlog.WithAppServers(8)),
        "blog-2-apps" => Grader.Grade(ReportDesigns.Blog, TutorialBlog.WithAppServers(2)),
        "cbdc-l6" => Grader.Grade(ReportDesigns.Cbdc, ReportDesigns.CentralBankCurrency()),
        "blog-call-policies" => Grader.Grade(ReportDesigns.Blog, ReportDesigns.BlogWithCallPolicies()),
        _ => throw new System.ArgumentOutOfRangeException(nameof(design), design, null),
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Text_report_matches_the_approved_file(string design) =>
        Snapshot.Verify(Approved, design, "txt", EvaluationReport.ToText(Evaluate(design)));

    [Theory]
    [MemberData(nameof(Designs))]
    public void Markdown_report_matches_the_approved_file(string design) =>
        Snapshot.Verify(Approved, design, "md", EvaluationReport.ToMarkdown(Evaluate(design)));

    [Theory]
    [MemberData(nameof(Designs))]
    public void Json_report_matches_the_approved_file(string design) =>
        Snapshot.Verify(Approved, design, "json", EvaluationReport.ToJson(Evaluate(design)));
}
