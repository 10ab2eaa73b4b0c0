// Drafted by `sysdesign solve l5-infrastructure-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// CoreOS Edge Computing Platform (l5-infrastructure-10).
/// Goal: Design edge computing solution for CoreOS supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,748,246/month.
/// </summary>
[Design("l5-infrastructure-10")]
public sealed class L5Infrastructure10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 23 → 23
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(23);
        // 19,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 269 → 269
        var ingress = a.Component("ingress", "Ingress").Instances(269);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 23 → 23
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(23);
        // 19,000,000 req/s × 1.2 headroom ÷ 150 per instance = 152000; every constraint at once needs 195776 (the latency targets with one instance lost); at 195776: SD6004 Storage Backend: losing one of 7,601 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(195777);
        // 19,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 7600; every constraint at once needs 7601 (the latency targets with one instance lost) → 7601
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(7601);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
