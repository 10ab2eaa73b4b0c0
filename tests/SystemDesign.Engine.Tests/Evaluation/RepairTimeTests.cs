using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 9, "Repair time": an instance's availability from its mean time between failures and to repair,
/// A = MTBF ÷ (MTBF + MTTR), each knob the design leaves out taken from the registry (compute: 99.5% per instance,
/// 0.1 h to repair, so an implied MTBF of 19.9 h). Figures by hand.
/// </summary>
public sealed class RepairTimeTests
{
    private static readonly Problem Workload = Designs.Problem(rate: 100, availability: 0.99);

    private static Figure InstanceAvailability(System.Func<AppNode, AppNode> knobs)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = knobs(a.App("App").Instances(2));
        users.Calls(app);
        return Designs.Evaluate(Workload, a.Build()).Component("App").InstanceAvailability;
    }

    [Fact]
    public void Both_knobs_give_the_availability_and_say_so()
    {
        var figure = InstanceAvailability(app => app.TimeBetweenFailures(999).RepairTime(1));

        Assert.Equal(0.999, figure.Value, 15);
        Assert.Contains("design time between failures 999 h", figure.Source, System.StringComparison.Ordinal);
        Assert.Contains("design repair time 1 h", figure.Source, System.StringComparison.Ordinal);
        Assert.Contains("MTBF ÷ (MTBF + MTTR)", figure.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_faster_repair_alone_keeps_the_registry_failure_rate_and_raises_availability()
    {
        // MTBF 19.9 h (0.995 × 0.1 ÷ 0.005) with a 3-minute repair: 19.9 ÷ 19.95.
        var figure = InstanceAvailability(app => app.RepairTime(0.05));

        Assert.Equal(19.9 / 19.95, figure.Value, 12);
        Assert.Contains("registry time between failures 19.9 h (implied by registry", figure.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_between_failures_alone_takes_the_registry_repair_time()
    {
        var figure = InstanceAvailability(app => app.TimeBetweenFailures(999.9));

        Assert.Equal(0.9999, figure.Value, 12);
        Assert.Contains("registry repair time 0.1 h (assumption", figure.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_availability_wins_and_no_knob_keeps_the_registry_figure()
    {
        Assert.Equal(0.9, InstanceAvailability(app => app.Availability(0.9).RepairTime(0.01)).Value);
        var registry = InstanceAvailability(app => app);
        Assert.Equal(0.995, registry.Value);
        Assert.DoesNotContain("MTBF", registry.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_repair_time_is_SD0008_by_the_table_and_the_registry_figure_stands()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").RepairTime(0).TimeBetweenFailures(double.PositiveInfinity));

        var evaluation = Designs.Evaluate(Workload, a.Build());

        var findings = evaluation.Findings("SD0008", "App");
        Assert.Equal(2, findings.Length);
        Assert.Equal(Knobs.RepairTime.Key, findings[0].Knob);
        Assert.Contains("RepairTime(0)", findings[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("hours to repair an instance, for example RepairTime(0.25)", findings[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(Knobs.TimeBetweenFailures.Key, findings[1].Knob);
        Assert.Equal(0.995, evaluation.Component("App").InstanceAvailability.Value);
    }

    [Fact]
    public void Faster_repair_raises_the_design_availability()
    {
        static double DesignAvailability(double repairHours)
        {
            var a = new ArchitectureBuilder();
            a.Client("Users").Calls(a.App("App").Instances(2).RepairTime(repairHours));
            return Designs.Evaluate(Workload, a.Build()).Availability;
        }

        Assert.True(DesignAvailability(0.01) > DesignAvailability(0.1));
        Assert.True(DesignAvailability(0.1) > DesignAvailability(1));
    }
}
