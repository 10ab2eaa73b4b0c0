// Drafted by `sysdesign solve l5-infrastructure-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// AWS Kubernetes Platform Platform (l5-infrastructure-1).
/// Goal: Design Kubernetes platform solution for AWS supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $7,762,341/month.
/// </summary>
[Design("l5-infrastructure-1")]
public sealed class L5Infrastructure1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 12 → 12
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(12);
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var ingress = a.Component("ingress", "Ingress").Instances(142);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 12 → 12
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(12);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 103040 (the latency targets with one instance lost); at 103040: SD6004 Service Mesh: losing one of 12 Service Mesh (83.3% → 90.91% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, over the ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(103041);
        // 10,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 4000; every constraint at once needs 4001 (the latency targets with one instance lost) → 4001
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(4001);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
