// Drafted by `sysdesign solve video-upload-pipeline` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Video Upload Pipeline (video-upload-pipeline).
/// Goal: Build YouTube-scale video pipeline.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,068/month (budget $50,000,000).
/// </summary>
[Design("video-upload-pipeline")]
public sealed class VideoUploadPipelineDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var contentCreators = a.Component("redirect_client", "Content Creators");
        // at 1: SD4002 Upload CDN is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.9% available, registry cdn: AWS CloudFront ... → 2
        var uploadCDN = a.Component("cdn", "Upload CDN").Instances(2);
        // at 1: SD4002 Upload API is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, in... → 2
        var uploadAPI = a.Component("app", "Upload API").Instances(2);
        // at 1: SD4002 Job Queue is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry queue: AWS EC2 SLA, i... → 2
        var jobQueue = a.Component("queue", "Job Queue").Instances(2);
        // tier T1 needs ≥ 50 worker in all, across 2 components; at 48: SD1002 T1 Workers: at least 50 instances of type 'worker' are required; the design has 49 (Transcoders × 48 + Thumbnail Gen × 1) → 49
        var transcoders = a.Component("worker", "Transcoders").Instances(49);
        // tier T1 needs ≥ 50 worker in all, across 2 components → 1
        var thumbnailGen = a.Component("worker", "Thumbnail Gen").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var objectStorage = a.Component("db_primary", "Object Storage").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var completionEvents = a.Component("stream", "Completion Events").Instances(1);

        contentCreators.ConnectsTo(uploadCDN);
        uploadCDN.ConnectsTo(uploadAPI);
        uploadAPI.ConnectsTo(jobQueue);
        jobQueue.ConnectsTo(transcoders);
        jobQueue.ConnectsTo(thumbnailGen);
        transcoders.ConnectsTo(objectStorage);
        thumbnailGen.ConnectsTo(objectStorage);
        transcoders.ConnectsTo(completionEvents);
    }
}
