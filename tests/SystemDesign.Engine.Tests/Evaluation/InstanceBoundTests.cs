using SystemDesign.Catalog.Loading;
using SystemDesign.Engine.Math;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// SD0015's bound on one component's instances is one constant (<see cref="Knobs.MaxInstances"/>); the catalog, which
/// references no design API, states it again for its minimum counts, and this test holds the two equal.
/// </summary>
public sealed class InstanceBoundTests
{
    [Fact]
    public void The_catalog_minimum_count_stops_at_SD0015s_bound()
    {
        Assert.True(ValueRange.MinimumCount.Contains(Knobs.MaxInstances));
        Assert.False(ValueRange.MinimumCount.Contains(Knobs.MaxInstances + 1.0));
        Assert.Equal(Knobs.MaxInstances, ValueRange.MinimumCount.Max);
    }

    [Fact]
    public void The_server_search_gives_up_past_the_bound()
    {
        // An offered load just past the bound: no count within it is stable, so the default search answers null.
        Assert.Null(ErlangC.MinimumServers(Knobs.MaxInstances + 0.5, 1, _ => true));
    }
}
