using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Scope of a rate (issue 8): a rate stated per region, data centre, tenant or volume is multiplied by the count the
/// problem gives, or kept with its scope when it gives none; never silently read as the total (docs/workload.md).
/// </summary>
public sealed class RateScopeTests
{
    private static Workload Normalized(string text, params (string Key, object Value)[] constants)
    {
        var list = TestConstants.Of(constants);
        return WorkloadNormalizer.Normalize(WorkloadParser.Parse("test-problem", [new NonFunctionalRequirement("Request Rate", text)], list, []), list);
    }

    [Fact]
    public void A_rate_per_region_is_multiplied_by_the_regions()
    {
        var w = Normalized("10k requests/sec per region", ("regions", 2.0), ("qps_per_region", 10000.0));
        Assert.Equal(20_000, w.RequestRate!.Value);
        Assert.Equal("NFR Request Rate: 10k requests/sec per region × constant regions: 2", w.RequestRate.Source);
        Assert.Equal(new RateScope("region", 10_000, 2, "constant regions: 2"), w.RequestRateScope);
    }

    [Fact]
    public void A_rate_per_data_centre_is_multiplied_by_the_data_centres()
    {
        var w = Normalized("500k messages/sec per DC", ("message_rate_per_dc", 500000.0), ("data_centers", 4.0));
        Assert.Equal(2_000_000, w.RequestRate!.Value);
        Assert.Equal("data centre", w.RequestRateScope!.Name);
        Assert.Equal(0, w.ReadRatio!.Value); // still a write unit
    }

    [Fact]
    public void A_rate_per_scope_without_a_count_keeps_its_scope()
    {
        var w = Normalized("100k IOPS per volume, millions globally");
        Assert.Equal(100_000, w.RequestRate!.Value);
        Assert.Equal(new RateScope("volume", 100_000, null, null), w.RequestRateScope);
    }

    [Fact]
    public void A_rate_of_the_whole_system_has_no_scope()
    {
        Assert.Null(Normalized("10k requests/sec", ("regions", 3.0)).RequestRateScope);
    }

    [Fact]
    public void Calls_per_tenant_per_day_times_the_tenants_is_a_rate_when_none_is_stated()
    {
        var list = TestConstants.Of(("tenant_count", 100000.0), ("api_calls_per_tenant_per_day", 100000.0));
        var w = WorkloadNormalizer.Normalize(WorkloadParser.Parse("p", [], list, []), list);
        Assert.Equal(115_740.740740741, w.RequestRate!.Value);
        Assert.Equal("constant api_calls_per_tenant_per_day: 100000 × constant tenant_count: 100000 ÷ 86400 s per day", w.RequestRate.Source);
    }

    // Every instance in the catalog, so a change in the rule or the export shows here.
    [Fact]
    public void The_catalog_rates_with_a_scope_are_these()
    {
        var scoped = ProblemCatalog.BuiltIn.Problems
            .Where(p => p.Workload.RequestRateScope is not null)
            .Select(p => $"{p.Id}: {p.Workload.RequestRateScope!.PerScope} per {p.Workload.RequestRateScope.Name} × {p.Workload.RequestRateScope.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no count"} = {p.Workload.RequestRate!.Value}")
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                "active-active-regions: 5000 per region × no count = 5000",
                "basic-multi-region: 10000 per region × 2 = 20000",
                "block-storage: 100000 per volume × no count = 100000",
                "multi-dc-stream-replication: 500000 per data centre × 4 = 2000000",
            ],
            scoped);
    }

    // A new instance of the class: a rate line naming a per-something scope that the importer does not read.
    [Fact]
    public void No_catalog_rate_line_names_a_scope_the_importer_leaves_unread()
    {
        var scopeWords = new Regex(@"\b(?:per|each)\s+(?:region|DC|data\s*cent(?:er|re)|datacenter|tenant|volume|zone|AZ|cluster|shard|partition|cell|site|node)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var unread = ProblemCatalog.BuiltIn.Problems
            .Where(p => p.Workload.RequestRate is { } r && scopeWords.IsMatch(r.Source) && p.Workload.RequestRateScope is null)
            .Select(p => p.Id + ": " + p.Workload.RequestRate!.Source)
            .ToList();
        Assert.Empty(unread);
    }
}
