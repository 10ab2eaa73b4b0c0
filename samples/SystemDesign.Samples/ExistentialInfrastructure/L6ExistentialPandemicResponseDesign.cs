// Drafted by `sysdesign solve l6-existential-pandemic-response` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Pandemic Response Platform (l6-existential-pandemic-response).
/// Goal: Build infrastructure coordinating response to pandemic with 50% mortality
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,016/month.
/// </summary>
[Design("l6-existential-pandemic-response")]
public sealed class L6ExistentialPandemicResponseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Vaccine Distributor is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry vaccine_dis... → 2
        var vaccineDistributor = a.Component("vaccine_distributor", "Vaccine Distributor").Instances(2);
        // at 1: SD4002 Resource Allocator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry resource_all... → 2
        var resourceAllocator = a.Component("resource_allocator", "Resource Allocator").Instances(2);
        // at 1: SD4002 Contact Tracer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry contact_tracer: ... → 2
        var contactTracer = a.Component("contact_tracer", "Contact Tracer").Instances(2);
        // at 1: SD4002 Prediction Engine is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry prediction_en... → 2
        var predictionEngine = a.Component("prediction_engine", "Prediction Engine").Instances(2);
        // at 1: SD4002 Health Tracker is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry health_tracker: ... → 2
        var healthTracker = a.Component("health_tracker", "Health Tracker").Instances(2);

        vaccineDistributor.Calls(contactTracer);
        resourceAllocator.Calls(contactTracer);
        vaccineDistributor.Calls(predictionEngine);
        resourceAllocator.Calls(predictionEngine);
        vaccineDistributor.Calls(healthTracker);
        resourceAllocator.Calls(healthTracker);
        contactTracer.Calls(healthTracker);
        predictionEngine.Calls(healthTracker);
    }
}
