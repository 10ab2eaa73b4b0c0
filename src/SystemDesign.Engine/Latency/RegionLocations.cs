using System.Collections.Generic;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// Where the public clouds' regions are: the city each provider names for a region code (AWS "Regions and Availability
/// Zones", Google Cloud "Regions and zones", Azure "Azure geographies" pages) at that city's latitude and longitude in
/// degrees, to about 0.1° (10 km, 0.05 ms of fibre). Names match ignoring case; a name not here gets
/// <see cref="RegionDelays.DefaultDistanceKm"/>.
/// </summary>
internal static class RegionLocations
{
    private static readonly (string City, double Lat, double Lon) Virginia = ("N. Virginia", 39.04, -77.49);
    private static readonly (string City, double Lat, double Lon) Ohio = ("Ohio", 39.96, -83.00);
    private static readonly (string City, double Lat, double Lon) California = ("N. California", 37.77, -122.42);
    private static readonly (string City, double Lat, double Lon) Oregon = ("Oregon", 45.84, -119.70);
    private static readonly (string City, double Lat, double Lon) Iowa = ("Iowa", 41.26, -95.86);
    private static readonly (string City, double Lat, double Lon) Montreal = ("Montreal", 45.50, -73.57);
    private static readonly (string City, double Lat, double Lon) SaoPaulo = ("São Paulo", -23.55, -46.63);
    private static readonly (string City, double Lat, double Lon) Ireland = ("Ireland", 53.35, -6.26);
    private static readonly (string City, double Lat, double Lon) London = ("London", 51.51, -0.13);
    private static readonly (string City, double Lat, double Lon) Paris = ("Paris", 48.86, 2.35);
    private static readonly (string City, double Lat, double Lon) Frankfurt = ("Frankfurt", 50.11, 8.68);
    private static readonly (string City, double Lat, double Lon) Netherlands = ("Netherlands", 52.37, 4.90);
    private static readonly (string City, double Lat, double Lon) Belgium = ("Belgium", 50.45, 3.82);
    private static readonly (string City, double Lat, double Lon) Stockholm = ("Stockholm", 59.33, 18.07);
    private static readonly (string City, double Lat, double Lon) Milan = ("Milan", 45.46, 9.19);
    private static readonly (string City, double Lat, double Lon) Tokyo = ("Tokyo", 35.68, 139.69);
    private static readonly (string City, double Lat, double Lon) Seoul = ("Seoul", 37.57, 126.98);
    private static readonly (string City, double Lat, double Lon) Osaka = ("Osaka", 34.69, 135.50);
    private static readonly (string City, double Lat, double Lon) Singapore = ("Singapore", 1.35, 103.82);
    private static readonly (string City, double Lat, double Lon) Sydney = ("Sydney", -33.87, 151.21);
    private static readonly (string City, double Lat, double Lon) Mumbai = ("Mumbai", 19.08, 72.88);
    private static readonly (string City, double Lat, double Lon) HongKong = ("Hong Kong", 22.32, 114.17);
    private static readonly (string City, double Lat, double Lon) Taiwan = ("Taiwan", 24.07, 120.54);
    private static readonly (string City, double Lat, double Lon) Bahrain = ("Bahrain", 26.07, 50.56);
    private static readonly (string City, double Lat, double Lon) CapeTown = ("Cape Town", -33.92, 18.42);

    /// <summary>Region code → city. AWS, then Google Cloud, then Azure, then the unnumbered names designs often use.</summary>
    public static IReadOnlyDictionary<string, (string City, double Lat, double Lon)> Cities { get; } =
        new Dictionary<string, (string City, double Lat, double Lon)>(System.StringComparer.OrdinalIgnoreCase)
        {
            ["us-east-1"] = Virginia, ["us-east-2"] = Ohio, ["us-west-1"] = California, ["us-west-2"] = Oregon,
            ["ca-central-1"] = Montreal, ["sa-east-1"] = SaoPaulo, ["eu-west-1"] = Ireland, ["eu-west-2"] = London,
            ["eu-west-3"] = Paris, ["eu-central-1"] = Frankfurt, ["eu-north-1"] = Stockholm, ["eu-south-1"] = Milan,
            ["ap-northeast-1"] = Tokyo, ["ap-northeast-2"] = Seoul, ["ap-northeast-3"] = Osaka, ["ap-southeast-1"] = Singapore,
            ["ap-southeast-2"] = Sydney, ["ap-south-1"] = Mumbai, ["ap-east-1"] = HongKong, ["me-south-1"] = Bahrain,
            ["af-south-1"] = CapeTown,
            ["us-central1"] = Iowa, ["us-east4"] = Virginia, ["us-west1"] = Oregon, ["europe-west1"] = Belgium,
            ["europe-west2"] = London, ["europe-west3"] = Frankfurt, ["europe-west4"] = Netherlands, ["asia-east1"] = Taiwan,
            ["asia-northeast1"] = Tokyo, ["asia-southeast1"] = Singapore, ["australia-southeast1"] = Sydney,
            ["southamerica-east1"] = SaoPaulo, ["asia-south1"] = Mumbai,
            ["eastus"] = Virginia, ["eastus2"] = Virginia, ["westus"] = California, ["centralus"] = Iowa,
            ["northeurope"] = Ireland, ["westeurope"] = Netherlands, ["uksouth"] = London, ["southeastasia"] = Singapore,
            ["eastasia"] = HongKong, ["japaneast"] = Tokyo, ["australiaeast"] = Sydney, ["brazilsouth"] = SaoPaulo,
            ["us-east"] = Virginia, ["us-west"] = Oregon, ["eu-west"] = Ireland, ["eu-central"] = Frankfurt,
            ["ap-southeast"] = Singapore, ["ap-northeast"] = Tokyo,
        };
}
