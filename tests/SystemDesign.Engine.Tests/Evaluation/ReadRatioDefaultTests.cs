using SystemDesign.Catalog;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// The read share a problem does not state (docs/engine.md, "Figures"): a rate in messages or events per
/// second is all writes; anything else gets the tutorials' 90% reads.
/// </summary>
public sealed class ReadRatioDefaultTests
{
    [Theory]
    [InlineData("NFR Request Rate: 50k messages/sec", 0.0)]
    [InlineData("NFR Throughput: 1M events per second", 0.0)]
    [InlineData("NFR Request Rate: 10k writes/s", 0.0)]
    [InlineData("NFR Request Rate: 100k requests/sec", 0.9)]
    [InlineData("NFR Request Rate: 5,000 QPS", 0.9)]
    public void An_unstated_read_share_follows_the_unit_of_the_rate(string source, double expected)
    {
        var problem = ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload { RequestRate = new Sourced(1000, source) },
        };
        var a = new ArchitectureBuilder(problem.Id);
        a.Client("Users").Calls(a.App("App").Instances(10));

        var e = Grader.Grade(problem, a.Build(), ProblemCatalog.BuiltIn.Components);

        Assert.Equal(expected, e.Workload.ReadRatio.Value);
    }
}
