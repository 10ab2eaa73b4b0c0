// Drafted by `sysdesign solve l5-infrastructure-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// OVH Service Mesh Platform (l5-infrastructure-7).
/// Goal: Design service mesh solution for OVH supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,419,578/month.
/// </summary>
[Design("l5-infrastructure-7")]
public sealed class L5Infrastructure7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 20 → 20
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(20);
        // 16,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 226 → 226
        var ingress = a.Component("ingress", "Ingress").Instances(226);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 20 → 20
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(20);
        // 16,000,000 req/s × 1.2 headroom ÷ 150 per instance = 128000; every constraint at once needs 164863 (the latency targets with one instance lost); at 164863: SD6004 Storage Backend: losing one of 6,401 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(164864);
        // 16,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 6400; every constraint at once needs 6401 (the latency targets with one instance lost) → 6401
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(6401);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
