using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Claims are visible (issue 9, "Figures a grade can rest on"): every figure a design states in place of its type's
/// default is listed, and one past an order of magnitude of it is SD0024 naming the figure, the default and its source.
/// </summary>
public sealed class ClaimedFigureTests
{
    // The blog as the tutorial sizes it: every figure from the problem's constants and the registry.
    private static Architecture Blog(System.Func<AppNode, AppNode>? app = null, System.Func<DatabaseNode, DatabaseNode>? primary = null)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var apps = (app ?? (n => n))(a.App("App Servers").Instances(9));
        var db = (primary ?? (n => n))(a.DbPrimary("Primary DB").Instances(2));
        var replica = a.DbReplica("Read Replica").Instances(2);
        readers.Calls(lb);
        lb.Calls(apps);
        apps.Writes(db);
        apps.Reads(replica);
        db.ReplicatesTo(replica);
        return a.Build();
    }

    private static Finding[] Claims(Results.Evaluation e) => [.. e.Findings.Where(f => f.RuleId == Rules.ClaimedFigure.Id)];

    [Fact]
    public void A_design_on_defaults_claims_nothing()
    {
        var e = Grader.Grade(Designs.Blog, Blog());
        Assert.Empty(e.Claims);
        Assert.Empty(Claims(e));
    }

    [Fact]
    public void Capacity_past_ten_times_the_default_is_a_warning_naming_the_default_and_its_source()
    {
        var e = Grader.Grade(Designs.Blog, Blog(app: n => n.CapacityPerInstance(1e12)));
        var finding = Assert.Single(Claims(e));
        Assert.Equal("App Servers", finding.Component);
        Assert.Equal(Knobs.CapacityPerInstance.Key, finding.Knob);
        Assert.Contains("capacity per instance 1,000,000,000,000 req/s is 6,666,666,666.67× the default", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("the default 150 req/s (constant app_capacity_per_instance)", finding.Message, System.StringComparison.Ordinal);
        var claim = Assert.Single(e.Claims);
        Assert.True(claim.FarFromDefault);
        Assert.Equal(150, claim.Default!.Value);
    }

    [Theory]
    [InlineData(1500, false)] // exactly 10×: a tuned instance, listed but no warning
    [InlineData(1500.001, true)]
    [InlineData(500, false)]
    public void The_capacity_margin_is_ten_times(double capacity, bool warns)
    {
        var e = Grader.Grade(Designs.Blog, Blog(app: n => n.CapacityPerInstance(capacity)));
        Assert.Equal(warns, Claims(e).Length == 1);
        Assert.Equal(warns, Assert.Single(e.Claims).FarFromDefault);
    }

    [Fact]
    public void Service_time_below_a_tenth_of_the_default_is_a_warning()
    {
        // db_primary's registry service time is 2 ms: 0.1 ms is 20× below it; 0.5 ms is within the margin.
        var far = Grader.Grade(Designs.Blog, Blog(primary: n => n.ServiceTime(0.1)));
        var finding = Assert.Single(Claims(far));
        Assert.Contains("service time 0.1 ms is 20× below the default 2 ms (registry db_primary:", finding.Message, System.StringComparison.Ordinal);

        var near = Grader.Grade(Designs.Blog, Blog(primary: n => n.ServiceTime(0.5)));
        Assert.Empty(Claims(near));
        Assert.False(Assert.Single(near.Claims).FarFromDefault);
    }

    [Theory]
    [InlineData(1.0, true, "claims no downtime at all, against the default 99.5%")]
    [InlineData(0.9996, true, "claims 12.5× less downtime than the default 99.5%")]
    [InlineData(0.9995, false, null)] // exactly a tenth of the downtime: one more nine is the margin
    [InlineData(0.99, false, null)] // below the default is no claim of strength
    public void Availability_past_one_more_nine_or_of_one_is_a_warning(double availability, bool warns, string? says)
    {
        var e = Grader.Grade(Designs.Blog, Blog(primary: n => n.Availability(availability)));
        var findings = Claims(e);
        Assert.Equal(warns, findings.Length == 1);
        if (says is not null)
        {
            Assert.Contains(says, findings[0].Message, System.StringComparison.Ordinal);
            Assert.Contains("(registry db_primary: AWS RDS SLA", findings[0].Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_price_below_a_tenth_of_the_default_is_a_warning()
    {
        var e = Grader.Grade(Designs.Blog, Blog(app: n => n.HourlyCost(0.001)));
        Assert.Contains("price per instance $0.001/h is 96× below the default $0.096/h", Assert.Single(Claims(e)).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_components_at_a_trillion_requests_a_second_pass_an_L6_problem_only_on_their_claims()
    {
        // The instance: l6-new-computing-1 (100M req/s) passed with two of its four processors at 1e12 req/s and
        // no warning. The grade may still pass, but it now says what it rests on.
        var a = new ArchitectureBuilder("l6-new-computing-1");
        var chip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(2).CapacityPerInstance(1e12);
        var core = a.Component("photonic_core", "Photonic Core").Instances(2).CapacityPerInstance(1e12);
        var quantum = a.Component("quantum_processor", "Quantum Processor").Instances(120_000);
        var bio = a.Component("bio_processor", "Bio Processor").Instances(120_000);
        chip.Calls(quantum);
        core.Calls(quantum);
        chip.Calls(bio);
        core.Calls(bio);

        var e = Grader.Grade("l6-new-computing-1", a.Build());
        Assert.Equal(["Neuromorphic Chip", "Photonic Core"], Claims(e).Select(f => f.Component ?? string.Empty).ToArray());
        Assert.All(e.Claims, c => Assert.True(c.FarFromDefault));
        Assert.DoesNotContain(e.Findings, f => f.RuleId == Rules.Overloaded.Id && f.Component is "Neuromorphic Chip" or "Photonic Core");
    }
}
