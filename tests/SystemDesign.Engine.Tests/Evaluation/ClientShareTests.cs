using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 8, "who sends what": a client's stated share or rate (WorkloadShare, RequestRate) decides its part of the
/// classes its role sends, clients that state none share the rest, and parts that do not make up the workload are
/// SD2009. 1,000 req/s at 90% reads: 900 reads/s and 100 writes/s, every figure below by hand.
/// </summary>
public sealed class ClientShareTests
{
    private static readonly Problem Workload = Designs.Problem(rate: 1000, readRatio: 0.9);

    /// <summary>Class: a stated share. 70% and 30% of each class, not half each.</summary>
    [Fact]
    public void Stated_shares_split_each_class_their_way()
    {
        var a = new ArchitectureBuilder();
        a.Client("Mobile").WorkloadShare(0.7).Calls(a.App("Mobile API").Instances(20));
        a.Client("Web").WorkloadShare(0.3).Calls(a.App("Web API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(630, e.Component("Mobile API").ReadRps, 9);
        Assert.Equal(70, e.Component("Mobile API").WriteRps, 9);
        Assert.Equal(270, e.Component("Web API").ReadRps, 9);
        Assert.Equal(30, e.Component("Web API").WriteRps, 9);
        Assert.Empty(e.Findings(Rules.ClientSharesDoNotAddUp.Id));
    }

    /// <summary>Class: a stated share. Clients that state none share what the stated ones leave: 50%, then 25% each.</summary>
    [Fact]
    public void Clients_that_state_nothing_share_the_rest()
    {
        var a = new ArchitectureBuilder();
        a.Client("Mobile").WorkloadShare(0.5).Calls(a.App("Mobile API").Instances(20));
        a.Client("Web").Calls(a.App("Web API").Instances(20));
        a.Client("TV").Calls(a.App("TV API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(450, e.Component("Mobile API").ReadRps, 9);
        Assert.Equal(225, e.Component("Web API").ReadRps, 9);
        Assert.Equal(25, e.Component("TV API").WriteRps, 9);
        Assert.Empty(e.Findings(Rules.ClientSharesDoNotAddUp.Id));
    }

    /// <summary>Class: a stated rate. A plain client's 500 req/s is half of each class: 450 reads, 50 writes.</summary>
    [Fact]
    public void A_stated_rate_is_a_share_of_the_classes_the_client_sends()
    {
        var a = new ArchitectureBuilder();
        a.Client("Partners").RequestRate(500).Calls(a.App("Partner API").Instances(20));
        a.Client("Users").Calls(a.App("User API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(450, e.Component("Partner API").ReadRps, 9);
        Assert.Equal(50, e.Component("Partner API").WriteRps, 9);
        Assert.Equal(450, e.Component("User API").ReadRps, 9);
        Assert.Empty(e.Findings(Rules.ClientSharesDoNotAddUp.Id));
    }

    /// <summary>
    /// Class: a stated rate. It is the rate at the target; at a 3× peak it is three times that, like the rest. (Without
    /// the create client, the redirect clients would send the writes too and 300 req/s would be 30% of both classes.)
    /// </summary>
    [Fact]
    public void A_stated_rate_scales_with_the_peak()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Readers").RequestRate(300).Calls(a.App("Read API").Instances(20));
        a.Component("redirect_client", "Others").Calls(a.App("Other API").Instances(20));
        a.Component("create_client", "Writers").Calls(a.App("Write API").Instances(20));

        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9, peak: 3), a.Build());

        Assert.Equal(300, e.Component("Read API").ReadRps, 9);
        Assert.Equal(600, e.Component("Other API").ReadRps, 9);
        Assert.Equal(900, e.Connections.Single(c => c.From == "Readers").PeakRps, 9);
    }

    /// <summary>Class: shares that do not add up. 70% + 60% of the reads: SD2009 on the first stated client, graded as stated.</summary>
    [Fact]
    public void Shares_above_the_whole_are_SD2009()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Mobile").WorkloadShare(0.7).Calls(a.App("Mobile API").Instances(20));
        a.Component("redirect_client", "Web").WorkloadShare(0.6).Calls(a.App("Web API").Instances(20));
        a.Component("create_client", "Writers").Calls(a.App("Write API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        var finding = e.Single(Rules.ClientSharesDoNotAddUp.Id, "Mobile");
        Assert.Equal("The clients' stated parts of the reads add up to 130% (Mobile 70%, Web 60%): the design is graded at 1,170 reads/s, the problem states 900. Lower them so they add up to 100%.", finding.Message);
        Assert.Equal(Knobs.WorkloadShare.Key, finding.Knob);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(540, e.Component("Web API").ReadRps, 9);
        Assert.False(e.Passed);
    }

    /// <summary>Class: shares that do not add up. 70% + 20% and no other client: 10% of each class comes from no client.</summary>
    [Fact]
    public void Shares_below_the_whole_with_no_one_to_send_the_rest_are_SD2009()
    {
        var a = new ArchitectureBuilder();
        a.Client("Mobile").WorkloadShare(0.7).Calls(a.App("Mobile API").Instances(20));
        a.Client("Web").WorkloadShare(0.2).Calls(a.App("Web API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        var findings = e.Findings(Rules.ClientSharesDoNotAddUp.Id, "Mobile");
        Assert.Equal(2, findings.Length);
        Assert.Equal("The clients' stated parts of the reads add up to 90% (Mobile 70%, Web 20%) and no other client sends them: 90 of the 900 reads/s the problem states come from no client. Raise the parts to add up to 100%, or add a client that states none to send the rest.", findings[0].Message);
        Assert.Contains("10 of the 100 writes/s", findings[1].Message, System.StringComparison.Ordinal);
    }

    /// <summary>Class: shares that do not add up. A client left with nothing by the others' 100% is named.</summary>
    [Fact]
    public void A_client_the_stated_shares_leave_nothing_is_SD2009()
    {
        var a = new ArchitectureBuilder();
        a.Client("Mobile").WorkloadShare(1).Calls(a.App("Mobile API").Instances(20));
        a.Client("Web").Calls(a.App("Web API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.StartsWith("Web states no part of the reads and the stated parts (Mobile 100%) take all of them: Web sends none.", e.Findings(Rules.ClientSharesDoNotAddUp.Id, "Web")[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(0, e.Component("Web API").ReadRps, 9);
    }

    /// <summary>Class: a rate above the problem's. A reads client's 2,000 req/s against the 900 reads the problem states.</summary>
    [Fact]
    public void A_rate_above_the_problems_is_SD2009_on_its_knob()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Readers").RequestRate(2000).Calls(a.App("Read API").Instances(40));
        a.Component("create_client", "Writers").Calls(a.App("Write API").Instances(20));

        var e = Designs.Evaluate(Workload, a.Build());

        var finding = e.Single(Rules.ClientSharesDoNotAddUp.Id, "Readers");
        Assert.Equal("Readers states RequestRate(2,000), above the 900 reads/s the problem states for the reads it sends: the design is graded at more load than the problem's. Lower it to 900 or less.", finding.Message);
        Assert.Equal(Knobs.RequestRate.Key, finding.Knob);
        Assert.Equal(2000, e.Component("Read API").ReadRps, 9);
    }

    /// <summary>Unchanged: with no stated part, the split is by role (ClientRoleTests) and there is no SD2009.</summary>
    [Fact]
    public void Designs_that_state_no_part_have_no_SD2009()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Redirects").Calls(a.App("Read App").Instances(10));
        a.Component("create_client", "Creates").Calls(a.App("Write App").Instances(10));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Empty(e.Findings(Rules.ClientSharesDoNotAddUp.Id));
        Assert.Equal(900, e.Component("Read App").ReadRps, 9);
    }
}
