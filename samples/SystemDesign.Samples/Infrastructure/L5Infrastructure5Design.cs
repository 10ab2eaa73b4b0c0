// Drafted by `sysdesign solve l5-infrastructure-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Linode Edge Computing Platform (l5-infrastructure-5).
/// Goal: Design edge computing solution for Linode supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,867,188/month.
/// </summary>
[Design("l5-infrastructure-5")]
public sealed class L5Infrastructure5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 17 → 17
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(17);
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198 → 198
        var ingress = a.Component("ingress", "Ingress").Instances(198);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 17 → 17
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(17);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 144256 (the latency targets with one instance lost); at 144256: SD6004 Storage Backend: losing one of 5,601 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(144257);
        // 14,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 5600; every constraint at once needs 5601 (the latency targets with one instance lost) → 5601
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(5601);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
