// Drafted by `sysdesign solve global-content-delivery` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Video Content Delivery Network (global-content-delivery).
/// Goal: Build Netflix/YouTube-scale global CDN.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $360/month (budget $2,000,000,000).
/// </summary>
[Design("global-content-delivery")]
public sealed class GlobalContentDeliveryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var viewers = a.Component("redirect_client", "Viewers");
        // at 1: SD4002 Edge POPs is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.9% available, registry cdn: AWS CloudFront S... → 2
        var edgePOPs = a.Component("cdn", "Edge POPs").Instances(2);
        // at 1: SD4002 Origin LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load... → 2
        var originLB = a.Component("lb", "Origin LB").Instances(2);
        // at 1: SD4002 Origin Shield is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA,... → 2
        var originShield = a.Component("app", "Origin Shield").Instances(2);
        // at 1: SD4002 S3 Video is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S3 ... → 2
        var s3Video = a.Component("object_store", "S3 Video").Instances(2);
        // at 1: SD4002 Transcoders is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry worker: AWS EC2 SLA... → 2
        var transcoders = a.Component("worker", "Transcoders").Instances(2);

        viewers.ConnectsTo(edgePOPs);
        edgePOPs.ConnectsTo(originLB);
        originLB.ConnectsTo(originShield);
        originShield.ConnectsTo(s3Video);
        s3Video.ConnectsTo(transcoders);
    }
}
