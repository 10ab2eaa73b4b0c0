// Drafted by `sysdesign solve l5-infrastructure-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Tanzu Infrastructure As Code Platform (l5-infrastructure-13).
/// Goal: Design infrastructure as code solution for Tanzu supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,076,900/month.
/// </summary>
[Design("l5-infrastructure-13")]
public sealed class L5Infrastructure13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 27 → 27
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(27);
        // 22,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 311 → 311
        var ingress = a.Component("ingress", "Ingress").Instances(311);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 27 → 27
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(27);
        // 22,000,000 req/s × 1.2 headroom ÷ 150 per instance = 176000; every constraint at once needs 226688 (the latency targets with one instance lost); at 226688: SD6004 Storage Backend: losing one of 8,801 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(226689);
        // 22,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 8800; every constraint at once needs 8801 (the latency targets with one instance lost) → 8801
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(8801);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
