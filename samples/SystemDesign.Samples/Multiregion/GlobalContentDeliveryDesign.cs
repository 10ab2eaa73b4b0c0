// Drafted by `sysdesign solve global-content-delivery` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Video Content Delivery Network (global-content-delivery).
/// Goal: Build Netflix/YouTube-scale global CDN.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $712/month (budget $2,000,000,000).
/// </summary>
[Design("global-content-delivery")]
public sealed class GlobalContentDeliveryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var viewers = a.Component("redirect_client", "Viewers");
        // one instance carries the load and no requirement asks for more → 1
        var edgePOPs = a.Component("cdn", "Edge POPs").Instances(1);
        // at 1: SD4002 Origin LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load... → 2
        var originLB = a.Component("lb", "Origin LB").Instances(2);
        // at 2: SD4001 The design serves 99.9975% of requests (13.22 min down a year), below the 99.999% target (5.26 min a year; NFR Availability: 99.999% for popular content, 99.... → 3
        var originShield = a.Component("app", "Origin Shield").Instances(3);
        // at 1: SD4002 S3 Video is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S3 ... → 2
        var s3Video = a.Component("object_store", "S3 Video").Instances(2);
        // at 2: SD4001 The design serves 99.9975% of requests (13.22 min down a year), below the 99.999% target (5.26 min a year; NFR Availability: 99.999% for popular content, 99.... → 3
        var transcoders = a.Component("worker", "Transcoders").Instances(3);

        viewers.ConnectsTo(edgePOPs);
        edgePOPs.ConnectsTo(originLB);
        originLB.ConnectsTo(originShield);
        originShield.ConnectsTo(s3Video);
        s3Video.ConnectsTo(transcoders);
    }
}
