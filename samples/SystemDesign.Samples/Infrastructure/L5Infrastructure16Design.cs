// Drafted by `sysdesign solve l5-infrastructure-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// GKE Kubernetes Platform Platform (l5-infrastructure-16).
/// Goal: Design Kubernetes platform solution for GKE supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,405,551/month.
/// </summary>
[Design("l5-infrastructure-16")]
public sealed class L5Infrastructure16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 30 → 30
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(30);
        // 25,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 353 → 353
        var ingress = a.Component("ingress", "Ingress").Instances(353);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 30 → 30
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(30);
        // 25,000,000 req/s × 1.2 headroom ÷ 150 per instance = 200000; every constraint at once needs 257601 (the latency targets with one instance lost); at 257601: SD6004 Storage Backend: losing one of 10,001 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms,...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(257602);
        // 25,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 10000; every constraint at once needs 10001 (the latency targets with one instance lost) → 10001
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(10001);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
