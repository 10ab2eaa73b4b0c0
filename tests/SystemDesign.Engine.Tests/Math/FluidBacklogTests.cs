using System;
using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// The fluid model of a burst (G. F. Newell, Applications of Queueing Theory, 2nd ed., 1982, ch. 2: cumulative
/// arrivals A(t) and departures D(t); the queue is A − D, a message's wait the horizontal distance between them).
/// Worked example: the catalog's ingestion problem, 10,000 events/s with 2× bursts for five minutes, against the
/// 16 consumers of 1,000 events/s its reference solution sizes.
/// </summary>
public sealed class FluidBacklogTests
{
    [Fact]
    public void Ingestion_burst_against_sixteen_consumers()
    {
        // A(300) = 20,000 × 300 = 6,000,000; D(300) = 16,000 × 300 = 4,800,000; queue 1,200,000.
        var backlog = FluidBacklog.AtBurstEnd(20_000, 16_000, 300);
        Assert.Equal(1_200_000, backlog);

        // After the burst A grows at 10,000/s and D at 16,000/s: they meet 1,200,000 ÷ 6,000 = 200 s later.
        Assert.Equal(200, FluidBacklog.DrainSeconds(backlog, 10_000, 16_000));

        // The last burst message, A = 6,000,000, leaves when D reaches it: 6,000,000 ÷ 16,000 = 375 s, 75 s after it came.
        Assert.Equal(75, FluidBacklog.LastMessageWait(backlog, 16_000));

        // Within a 60 s lag: μ ≥ 20,000 × 300 ÷ 360 = 16,666.7 msg/s, so 17 consumers; 17,000 gives 900,000 ÷ 17,000 = 52.9 s.
        Assert.Equal(20_000.0 * 300 / 360, FluidBacklog.DrainRateForLag(20_000, 300, 60), 9);
        Assert.Equal(900_000.0 / 17_000, FluidBacklog.LastMessageWait(FluidBacklog.AtBurstEnd(20_000, 17_000, 300), 17_000), 12);
    }

    [Fact]
    public void Consumers_that_keep_up_leave_nothing_and_slower_than_arrivals_never_drain()
    {
        Assert.Equal(0, FluidBacklog.AtBurstEnd(20_000, 20_000, 300));
        Assert.Equal(0, FluidBacklog.DrainSeconds(0, 10_000, 20_000));
        Assert.Equal(0, FluidBacklog.LastMessageWait(0, 20_000));
        Assert.Equal(double.PositiveInfinity, FluidBacklog.DrainSeconds(1, 10_000, 10_000));
        Assert.Equal(double.PositiveInfinity, FluidBacklog.LastMessageWait(1, 0));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Bad_input_is_refused_with_its_name(double bad)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FluidBacklog.AtBurstEnd(1, bad, 1));
        Assert.Equal("drainRate", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => FluidBacklog.DrainSeconds(bad, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FluidBacklog.DrainRateForLag(1, 1, bad));
    }
}
