// Drafted by `sysdesign solve l5-infrastructure-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Rancher Kubernetes Platform Platform (l5-infrastructure-11).
/// Goal: Design Kubernetes platform solution for Rancher supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,524,440/month.
/// </summary>
[Design("l5-infrastructure-11")]
public sealed class L5Infrastructure11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 24 → 24
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(24);
        // 20,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 283 → 283
        var ingress = a.Component("ingress", "Ingress").Instances(283);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 24 → 24
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(24);
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 206080 (the latency targets with one instance lost); at 206080: SD6004 Service Mesh: losing one of 24 Service Mesh (83.3% → 87% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, over the 10...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(206081);
        // 20,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 8000; every constraint at once needs 8001 (the latency targets with one instance lost) → 8001
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(8001);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
