// Drafted by `sysdesign solve l5-infrastructure-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Hetzner Infrastructure As Code Platform (l5-infrastructure-8).
/// Goal: Design infrastructure as code solution for Hetzner supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,195,842/month.
/// </summary>
[Design("l5-infrastructure-8")]
public sealed class L5Infrastructure8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 21 → 21
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(21);
        // 17,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 240 → 240
        var ingress = a.Component("ingress", "Ingress").Instances(240);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 21 → 21
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(21);
        // 17,000,000 req/s × 1.2 headroom ÷ 150 per instance = 136000; every constraint at once needs 175168 (the latency targets with one instance lost); at 175168: SD6004 Storage Backend: losing one of 6,801 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(175169);
        // 17,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 6800; every constraint at once needs 6801 (the latency targets with one instance lost) → 6801
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(6801);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
