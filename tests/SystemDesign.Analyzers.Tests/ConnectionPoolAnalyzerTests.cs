using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// Issue 12's pool rules in the compiler: the interpreter reads the pool knobs, the engine grades them, and the finding
/// lands on the knob's argument (SD7009 on the caller's pool, SD7008 on the database's limit).
/// </summary>
public sealed class ConnectionPoolAnalyzerTests
{
    [Fact]
    public Task A_pool_with_room_adds_its_wait_and_reports_nothing() =>
        // 900 reads/s over 9 app servers = 100 per instance, held 20 ms: 2 busy of 10; 90 connections under 2 × 100.
        VerifyAsync(Designs.Blog("9", app: "a.App(\"App Servers\").ConnectionPool(10).ConnectionHoldTime(20)"));

    [Fact]
    public Task A_pool_below_littles_law_is_marked_on_the_pool() =>
        // Held 120 ms: 12 busy of 10 (docs/rules/SD7009.md).
        VerifyAsync(Designs.Blog("9", app: "a.App(\"App Servers\").ConnectionPool({|SD7009:10|}).ConnectionHoldTime(120)"), only: ["SD7009", "SD7008"]);

    [Fact]
    public Task Pools_above_the_limit_are_marked_on_the_limit() =>
        VerifyAsync("""
            using SystemDesign;

            [Design("tutorial-simple-blog")]
            public sealed class PooledBlog : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var readers = a.Client("Blog Readers");
                    var lb = a.LoadBalancer("Load Balancer").Instances(2);
                    var app = a.App("App Servers").Instances(9).ConnectionPool(30);
                    var primary = a.DbPrimary("Primary DB").Instances(2).ConnectionLimit({|SD7008:100|});
                    var replica = a.DbReplica("Read Replica").Instances(2).ConnectionLimit({|SD7008:100|});

                    readers.Calls(lb);
                    lb.Calls(app);
                    app.Writes(primary);
                    app.Reads(replica);
                    primary.ReplicatesTo(replica);
                }
            }
            """, only: ["SD7008", "SD7009"]);
}
