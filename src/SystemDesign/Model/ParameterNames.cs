namespace SystemDesign.Model;

/// <summary>Names of generic parameters that the model also exposes as typed properties of <see cref="Component"/>.</summary>
public static class ParameterNames
{
    /// <summary>"hit_rate": the fraction of reads a cache or CDN answers itself (<see cref="Component.HitRate"/>).</summary>
    public const string HitRate = "hit_rate";

    /// <summary>"partitions": the partition count of a stream (<see cref="Component.Partitions"/>).</summary>
    public const string Partitions = "partitions";
}
