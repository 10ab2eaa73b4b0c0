namespace SystemDesign.Engine.Flow;

/// <summary>The workload's reads and writes per second at the target rate: what a client's stated rate is a part of.</summary>
internal readonly record struct ClassRates(double Reads, double Writes)
{
    /// <summary>The target rate split by the read ratio, the same expressions <see cref="TrafficFlow.Compute"/> uses.</summary>
    public static ClassRates Of(double requestRate, double readRatio) => new(requestRate * readRatio, requestRate * (1 - readRatio));

    public double this[RequestClass requestClass] => requestClass == RequestClass.Read ? Reads : Writes;
}
