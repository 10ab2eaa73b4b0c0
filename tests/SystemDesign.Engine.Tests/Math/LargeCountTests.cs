using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Math;
using static System.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// Math linear where it should be constant (issue 14): counts up to int.MaxValue take closed forms or bounded sums,
/// and agree with exact small-n values and closed forms. (Times are in docs/engine-math.md, measured by a whole
/// process; these tests check the values, and finish at once only because the work is bounded.)
/// </summary>
public sealed class LargeCountTests
{
    [Fact]
    public void One_of_int_MaxValue_units_is_the_parallel_closed_form()
    {
        Assert.Equal(1, Availability.KOfN(1, int.MaxValue, 0.59));
        Assert.Equal(Pow(0.999999999, int.MaxValue), Availability.KOfN(int.MaxValue, int.MaxValue, 0.999999999), 15);
    }

    // P(X ≥ 2) for X ~ Binomial(n, a) is 1 − qⁿ − n·a·qⁿ⁻¹ (the complement of 0 or 1 successes): the general sum,
    // walked from the mode (here 2) at n = 2,000,000, against that closed form.
    [Fact]
    public void Two_of_two_million_matches_the_complement_of_none_or_one()
    {
        const int n = 2_000_000;
        const double a = 1e-6;

        // qⁿ = exp(n·ln(1 − a)) with ln(1 − a) = −a − a²/2 − a³/3 − … (Pow(1 − a, n) would carry the rounding of
        // 1 − a, magnified n times: 2e-10).
        double logQ = -a - (a * a / 2) - (a * a * a / 3);
        double none = Exp(n * logQ);
        double one = n * a * Exp((n - 1) * logQ);
        double closed = 1 - none - one;
        Assert.Equal(closed, Availability.KOfN(2, n, a), 12);
    }

    // All but one of n: aⁿ + n·aⁿ⁻¹·(1 − a); at n = 10⁹ and 1 − a ≈ 10⁻⁹ the count of lost units is nearly Poisson(λ),
    // λ = n·(1 − a), so the value is also within O(1/n) of P(Poisson(λ) ≤ 1) = (1 + λ)·e^−λ, 2/e at λ = 1.
    [Fact]
    public void All_but_one_of_a_billion_matches_its_closed_form_and_the_Poisson_limit()
    {
        const int n = 1_000_000_000;
        const double a = 1 - 1e-9;
        double closed = Pow(a, n) + (n * Pow(a, n - 1) * (1 - a));
        double walked = Availability.KOfN(n - 1, n, a);
        Assert.Equal(closed, walked, 9);
        double lambda = n * (1 - a);
        Assert.Equal((1 + lambda) * Exp(-lambda), walked, 8);
        Assert.Equal(2 / E, walked, 6);
    }

    [Fact]
    public void A_count_between_the_extremes_of_int_MaxValue_units_completes_with_a_probability()
    {
        double median = Availability.KOfN((int)(0.59 * int.MaxValue), int.MaxValue, 0.59);
        Assert.InRange(median, 0.49, 0.51);
        Assert.Equal(1, Availability.KOfN(1_000, int.MaxValue, 0.5));
        Assert.Equal(0, Availability.KOfN(1_300_000_000, int.MaxValue, 0.59));
    }

    // Above RecurrenceServers, Erlang B is summed from the top; the forward recurrence (run here in full) is the
    // reference, across loads far below, near and far above the server count.
    [Theory]
    [InlineData(1_000.0)]
    [InlineData(199_000.0)]
    [InlineData(200_000.0)]
    [InlineData(201_500.0)]
    [InlineData(1_000_000.0)]
    public void Erlang_B_summed_from_the_top_equals_the_recurrence(double offeredLoad)
    {
        const int servers = 200_000;
        double b = 1;
        for (int k = 1; k <= servers; k++)
        {
            b = offeredLoad * b / (k + (offeredLoad * b));
        }

        Assert.True(servers > ErlangC.RecurrenceServers); // the path under test
        double fromTop = ErlangC.ErlangB(servers, offeredLoad);
        Assert.True(Abs(fromTop - b) <= (1e-11 * b) + 1e-300, $"B({servers}, {offeredLoad}) = {fromTop:R}, recurrence {b:R}");
    }

    [Fact]
    public void Erlang_B_of_int_MaxValue_servers_is_a_probability()
    {
        Assert.Equal(0, ErlangC.ErlangB(int.MaxValue, 1));
        Assert.InRange(ErlangC.ErlangB(int.MaxValue, 2.2e9), 0.02, 0.03); // a > c: B ≈ 1 − c/a = 0.024
        Assert.InRange(ErlangC.ErlangB(int.MaxValue, 2.147e9), 0, 1e-20);
    }

    // Staffing a billion Erlangs: the search starts at the load, not at 1, and square-root staffing (Halfin–Whitt:
    // c ≈ a + β√a, β ≈ 1 for a 20% chance of waiting) puts the answer a few √a above it.
    [Fact]
    public void Staffing_a_billion_Erlangs_lands_a_few_square_roots_above_the_load()
    {
        const double a = 1e9;
        int c = ErlangC.MinimumServersForProbabilityOfWaiting(a, 1, 0.2);
        Assert.InRange(c, a + Sqrt(a), a + (2 * Sqrt(a)));
        Assert.True(MmcQueue.Create(a, 1, c).ProbabilityOfWaiting <= 0.2);
        Assert.True(MmcQueue.Create(a, 1, c - 1).ProbabilityOfWaiting > 0.2);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(7.3)]
    [InlineData(150.0)]
    public void Starting_the_staffing_search_at_the_load_finds_what_counting_from_one_finds(double a)
    {
        int counted = 1;
        while (counted <= a || MmcQueue.Create(a, 1, counted).ProbabilityOfWaiting > 0.1)
        {
            counted++;
        }

        Assert.Equal(counted, ErlangC.MinimumServersForProbabilityOfWaiting(a, 1, 0.1));
    }
}

/// <summary>A design with int.MaxValue instances of one component is graded like any other (issue 14).</summary>
public sealed class HugeInstanceCountTests
{
    [Fact]
    public void A_component_with_int_MaxValue_instances_is_evaluated_with_probabilities_and_findings()
    {
        var a = new ArchitectureBuilder(Evaluation.Designs.Blog);
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(int.MaxValue);
        var primary = a.DbPrimary("Primary DB").Instances(2);
        readers.Calls(lb);
        lb.Calls(app);
        app.Writes(primary);

        var e = Evaluation.Designs.Evaluate(ProblemCatalog.BuiltIn.Find(Evaluation.Designs.Blog)!, a.Build());

        Assert.InRange(e.Components.Single(c => c.Name == "App Servers").ComponentAvailability, 0.999999, 1);
        Assert.InRange(e.Availability, 0, 1);
        Assert.Empty(Evaluation.Designs.NonFiniteNumbers(e));
    }
}
