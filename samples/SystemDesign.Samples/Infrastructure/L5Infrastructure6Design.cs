// Drafted by `sysdesign solve l5-infrastructure-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Vultr Kubernetes Platform Platform (l5-infrastructure-6).
/// Goal: Design Kubernetes platform solution for Vultr supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,643,382/month.
/// </summary>
[Design("l5-infrastructure-6")]
public sealed class L5Infrastructure6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 18 → 18
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(18);
        // 15,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 212 → 212
        var ingress = a.Component("ingress", "Ingress").Instances(212);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 18 → 18
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(18);
        // 15,000,000 req/s × 1.2 headroom ÷ 150 per instance = 120000; every constraint at once needs 154560 (the latency targets with one instance lost); at 154560: SD6004 Service Mesh: losing one of 18 Service Mesh (83.3% → 88.2% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, over the ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(154561);
        // 15,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 6000; every constraint at once needs 6001 (the latency targets with one instance lost) → 6001
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(6001);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
