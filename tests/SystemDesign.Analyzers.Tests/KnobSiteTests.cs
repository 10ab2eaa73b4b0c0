using SystemDesign.Model;

namespace SystemDesign.Analyzers.Tests;

/// <summary>The analyzer's site names for knob arguments (constants, for the code fixes' patterns) are the knob table's methods.</summary>
public class KnobSiteTests
{
    [Fact]
    public void Each_knob_site_is_the_tables_method()
    {
        Assert.Equal(DiagnosticProperties.Sites.Instances, Knobs.Instances.Method);
        Assert.Equal(DiagnosticProperties.Sites.HitRate, Knobs.HitRate.Method);
        Assert.Equal(DiagnosticProperties.Sites.PartitionsKnob, Knobs.Partitions.Method);
        Assert.Equal(DiagnosticProperties.Sites.ParameterValue, Knobs.ParameterMethod);
    }
}
