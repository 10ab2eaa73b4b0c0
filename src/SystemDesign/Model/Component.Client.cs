namespace SystemDesign.Model;

/// <summary>
/// The knobs of a client (issue 8, "who sends what"): the part of the workload it sends, stated as a share or as a
/// rate, each stored as a generic parameter so checks and the analyzer read it like any other.
/// </summary>
public sealed partial record Component
{
    /// <summary>
    /// The fraction of each request class its role emits that this client sends, in (0, 1] (parameter
    /// "workload_share"); null when unset.
    /// </summary>
    public double? WorkloadShare
    {
        get => parameters.TryGetValue(ParameterNames.WorkloadShare, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.WorkloadShare, value);
    }

    /// <summary>
    /// The requests per second this client sends at the problem's target rate (parameter "request_rate"); null when
    /// unset. At the peak it scales with the rest of the workload.
    /// </summary>
    public double? RequestRate
    {
        get => parameters.TryGetValue(ParameterNames.RequestRate, out var value) ? value : null;
        init => parameters = WithParameter(parameters, ParameterNames.RequestRate, value);
    }
}
