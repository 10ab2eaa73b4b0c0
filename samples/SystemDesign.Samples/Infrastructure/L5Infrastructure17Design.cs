// Drafted by `sysdesign solve l5-infrastructure-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// AKS Service Mesh Platform (l5-infrastructure-17).
/// Goal: Design service mesh solution for AKS supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $20,181,694/month.
/// </summary>
[Design("l5-infrastructure-17")]
public sealed class L5Infrastructure17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 32 → 32
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(32);
        // 26,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 368 → 368
        var ingress = a.Component("ingress", "Ingress").Instances(368);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 32 → 32
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(32);
        // 26,000,000 req/s × 1.2 headroom ÷ 150 per instance = 208000; every constraint at once needs 267903 (the latency targets with one instance lost); at 267903: SD6004 Storage Backend: losing one of 10,401 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms,...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(267904);
        // 26,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 10400; every constraint at once needs 10401 (the latency targets with one instance lost) → 10401
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(10401);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
