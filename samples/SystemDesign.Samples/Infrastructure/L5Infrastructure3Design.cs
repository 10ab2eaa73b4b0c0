// Drafted by `sysdesign solve l5-infrastructure-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Azure Infrastructure As Code Platform (l5-infrastructure-3).
/// Goal: Design infrastructure as code solution for Azure supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,314,731/month.
/// </summary>
[Design("l5-infrastructure-3")]
public sealed class L5Infrastructure3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 15 → 15
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(15);
        // 12,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 170 → 170
        var ingress = a.Component("ingress", "Ingress").Instances(170);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 15 → 15
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(15);
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 123647 (the latency targets with one instance lost); at 123647: SD6004 Storage Backend: losing one of 4,801 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, o...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(123648);
        // 12,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 4800; every constraint at once needs 4801 (the latency targets with one instance lost) → 4801
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(4801);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
