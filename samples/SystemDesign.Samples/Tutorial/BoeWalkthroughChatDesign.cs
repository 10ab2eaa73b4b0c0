// Drafted by `sysdesign solve boe-walkthrough-chat` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Tutorial;

/// <summary>
/// BoE Walkthrough: Real-Time Chat System (boe-walkthrough-chat).
/// Goal: 
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $400/month.
/// </summary>
[Design("boe-walkthrough-chat")]
public sealed class BoeWalkthroughChatDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var client = a.Component("client", "Client");
        // at 1: SD4002 App Server is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, in... → 2
        var appServer = a.Component("app", "App Server").Instances(2);
        // at 1: SD4002 Primary Database is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AW... → 2
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2);

        client.ConnectsTo(appServer);
        appServer.Writes(primaryDatabase);
    }
}
