using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// Finds the scope of a stated rate (a <see cref="RateScope"/>: one region, data centre, volume or tenant) and the
/// count of them the problem gives. The graded rate is the total (per scope × count); with no count stated it stays the
/// figure of one scope, marked as such, so nothing reads a per-region figure as the total without saying so
/// (docs/workload.md, "Scope of a rate").
/// </summary>
public static partial class RateScopes
{
    // Scope word in the rate's text → the constants that count it, in the order tried.
    private static readonly (string Scope, Regex Words, string[] CountKeys)[] Scopes =
    [
        ("region", RegionWords(), ["regions", "region_count", "num_regions"]),
        ("data centre", DataCentreWords(), ["data_centers", "data_centres", "datacenters", "dc_count", "num_dcs", "dcs"]),
        ("tenant", TenantWords(), ["tenant_count", "tenants", "num_tenants"]),
        ("volume", VolumeWords(), ["volume_count", "volumes", "num_volumes"]),
    ];

    /// <summary>The scope of <paramref name="rate"/>'s text, or null for a rate of the whole system.</summary>
    public static RateScope? Of(Sourced rate, IReadOnlyList<Constant> constants)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(constants);
        foreach (var (scope, words, keys) in Scopes)
        {
            if (!words.IsMatch(rate.Source))
            {
                continue;
            }

            var count = keys.Select(k => constants.FirstOrDefault(c => c.Key == k)).FirstOrDefault(c => c?.Value.Number is { } d && d >= 1 && double.IsFinite(d));
            return count?.Value.Number is not { } n
                ? new RateScope(scope, rate.Value, null, null)
                : new RateScope(scope, rate.Value, n, "constant " + count.Key + ": " + CatalogNumber.Format(n));
        }

        return null;
    }

    /// <summary>
    /// With no stated rate: a per-tenant (or per-user, per-device) count per day or hour times the number of them
    /// ("api_calls_per_tenant_per_day: 100000" × "tenant_count: 100000" → 115,740.7 req/s).
    /// </summary>
    public static Sourced? FromPerScopeConstants(IReadOnlyList<Constant> constants)
    {
        ArgumentNullException.ThrowIfNull(constants);
        foreach (var c in constants)
        {
            var m = PerScopePerPeriodKey().Match(c.Key);
            if (!m.Success || c.Value.Number is not { } each || !(each > 0) || !double.IsFinite(each))
            {
                continue;
            }

            var scope = m.Groups["scope"].Value;
            var count = constants.FirstOrDefault(k => (k.Key == scope + "_count" || k.Key == scope + "s") && k.Value.Number is { } d && d >= 1 && double.IsFinite(d));
            if (count?.Value.Number is not { } n)
            {
                continue;
            }

            var seconds = m.Groups["period"].Value == "day" ? 86_400d : 3_600d;
            var total = each * n / seconds;
            var source = "constant " + c.Key + ": " + CatalogNumber.Format(each) + " × constant " + count.Key + ": " + CatalogNumber.Format(n)
                + " ÷ " + seconds.ToString(CultureInfo.InvariantCulture) + " s per " + m.Groups["period"].Value;
            return new Sourced(CatalogNumber.Clean(total), source);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:per|each|/)\s*region\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionWords();

    [GeneratedRegex(@"\b(?:per|each|/)\s*(?:DC|data\s*cent(?:er|re)|datacenter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataCentreWords();

    [GeneratedRegex(@"\b(?:per|each|/)\s*tenant\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TenantWords();

    [GeneratedRegex(@"\b(?:per|each|/)\s*volume\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VolumeWords();

    [GeneratedRegex(@"^[a-z_]+_per_(?<scope>tenant|user|device|customer)_per_(?<period>day|hour)$", RegexOptions.CultureInvariant)]
    private static partial Regex PerScopePerPeriodKey();
}
