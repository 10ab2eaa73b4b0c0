using SystemDesign.Model;

namespace SystemDesign.Analyzers.Tests;

/// <summary>The analyzer's site names for knob arguments (constants, for the code fixes' patterns) are the knob table's methods.</summary>
public class KnobSiteTests
{
    [Fact]
    public void Each_knob_site_is_the_tables_method()
    {
        Assert.Equal(Knobs.Instances.Method, DiagnosticProperties.Sites.Instances);
        Assert.Equal(Knobs.CapacityPerInstance.Method, DiagnosticProperties.Sites.CapacityPerInstance);
        Assert.Equal(Knobs.ServiceTime.Method, DiagnosticProperties.Sites.ServiceTime);
        Assert.Equal(Knobs.Availability.Method, DiagnosticProperties.Sites.Availability);
        Assert.Equal(Knobs.HourlyCost.Method, DiagnosticProperties.Sites.HourlyCost);
        Assert.Equal(Knobs.Zone.Method, DiagnosticProperties.Sites.Zone);
        Assert.Equal(Knobs.Region.Method, DiagnosticProperties.Sites.Region);
        Assert.Equal(Knobs.ConnectionsPerInstance.Method, DiagnosticProperties.Sites.ConnectionsPerInstance);
        Assert.Equal(Knobs.HitRate.Method, DiagnosticProperties.Sites.HitRate);
        Assert.Equal(Knobs.Partitions.Method, DiagnosticProperties.Sites.PartitionsKnob);
        Assert.Equal(Knobs.ParameterMethod, DiagnosticProperties.Sites.ParameterValue);
    }
}
