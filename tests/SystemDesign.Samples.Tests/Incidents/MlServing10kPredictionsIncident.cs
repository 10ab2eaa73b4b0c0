namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of ml-serving-10k-predictions, before the fix: one Flask process serving the model on CPU, no GPU servers, no batching.
/// </summary>
/// <remarks>
/// At 10,000 predictions a second one API instance is overloaded many times over; there is no model server to batch on
/// GPUs and no model store to start new servers from.
/// </remarks>
[Incident("ml-serving-10k-predictions", "SD1001", "SD1002", "SD1004", "SD2001", "SD3003", "SD4002")]
public sealed class MlServing10kPredictionsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var callers = a.Component("client", "Callers");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var predictionAPI = a.Component("app", "Prediction API").Instances(1);

        callers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(predictionAPI);
    }
}
