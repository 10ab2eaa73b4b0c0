using System;
using SystemDesign.Model;
using static SystemDesign.Tests.Designs;

namespace SystemDesign.Tests;

/// <summary>
/// A finding about one knob names it in <see cref="Finding.Knob"/>: that, not the message text, is where the analyzer
/// puts the squiggle, so rewording a message cannot move it.
/// </summary>
public class FindingKnobTests
{
    public static TheoryData<string, string, string> KnobMistakes() => new()
    {
        { "instances 0", "SD0007", "Instances" },
        { "instances huge", "SD0015", "Instances" },
        { "capacity", "SD0008", "CapacityPerInstance" },
        { "service time", "SD0008", "ServiceTime" },
        { "hourly cost", "SD0008", "HourlyCost" },
        { "availability", "SD0010", "Availability" },
        { "hit rate", "SD0011", "param:hit_rate" },
        { "partitions", "SD0012", "param:partitions" },
        { "blank parameter", "SD0017", "param: " },
        { "infinite parameter", "SD0017", "param:ttl" },
        { "hit rate off a cache", "SD0014", "param:hit_rate" },
        { "connections off websocket", "SD0014", "ConnectionsPerInstance" },
        { "connections 0", "SD0016", "ConnectionsPerInstance" },
        { "zone", "SD0018", "Zone" },
        { "region", "SD0018", "Region" },
    };

    [Theory]
    [MemberData(nameof(KnobMistakes))]
    public void Each_knob_rule_names_its_knob(string mistake, string ruleId, string knob)
    {
        var findings = mistake == "connections off websocket"
            ? new Architecture(null, new[] { new Component("X", "app") { ConnectionsPerInstance = 10 } }, null).Validate()
            : Validate(a =>
        {
            switch (mistake)
            {
                case "instances 0": a.App("X").Instances(0); break;
                case "instances huge": a.App("X").Instances(2_000_000); break;
                case "capacity": a.App("X").CapacityPerInstance(-1); break;
                case "service time": a.App("X").ServiceTime(double.NaN); break;
                case "hourly cost": a.App("X").HourlyCost(0); break;
                case "availability": a.App("X").Availability(99.9); break;
                case "hit rate": a.Cache("X").HitRate(1.5); break;
                case "partitions": a.Stream("X").Parameter("partitions", 0); break;
                case "blank parameter": a.App("X").Parameter(" ", 1); break;
                case "infinite parameter": a.App("X").Parameter("ttl", double.PositiveInfinity); break;
                case "hit rate off a cache": a.App("X").Parameter("hit_rate", 0.5); break;
                case "connections 0": a.WebSocket("X").ConnectionsPerInstance(0); break;
                case "zone": a.App("X").Zone(" "); break;
                case "region": a.App("X").Region(""); break;
                default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
            }
        });

        Assert.Equal(knob, Single(findings, ruleId).Knob);
    }

    [Fact]
    public void Findings_about_the_component_itself_name_no_knob()
    {
        var findings = Validate(a =>
        {
            a.App("X");
            a.Cache("X");
        });

        Assert.All(findings, f => Assert.Null(f.Knob));
    }
}
