// Drafted by `sysdesign solve l5-infrastructure-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// EKS Edge Computing Platform (l5-infrastructure-15).
/// Goal: Design edge computing solution for EKS supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,629,287/month.
/// </summary>
[Design("l5-infrastructure-15")]
public sealed class L5Infrastructure15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 29 → 29
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(29);
        // 24,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 339 → 339
        var ingress = a.Component("ingress", "Ingress").Instances(339);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 29 → 29
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(29);
        // 24,000,000 req/s × 1.2 headroom ÷ 150 per instance = 192000; every constraint at once needs 247296 (the latency targets with one instance lost); at 247296: SD6004 Service Mesh: losing one of 29 Service Mesh (82.8% → 85.7% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, over the ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(247297);
        // 24,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 9600; every constraint at once needs 9601 (the latency targets with one instance lost) → 9601
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(9601);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
