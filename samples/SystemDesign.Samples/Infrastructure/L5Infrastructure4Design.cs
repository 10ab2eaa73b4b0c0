// Drafted by `sysdesign solve l5-infrastructure-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// DigitalOcean Hybrid Cloud Platform (l5-infrastructure-4).
/// Goal: Design hybrid cloud solution for DigitalOcean supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,090,924/month.
/// </summary>
[Design("l5-infrastructure-4")]
public sealed class L5Infrastructure4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 16 → 16
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(16);
        // 13,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 184 → 184
        var ingress = a.Component("ingress", "Ingress").Instances(184);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 16 → 16
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(16);
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 133951 (the latency targets with one instance lost); at 133951: SD6004 Service Mesh: losing one of 16 Service Mesh (81.3% → 86.7% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, over the ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(133952);
        // 13,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 5200; every constraint at once needs 5201 (the latency targets with one instance lost) → 5201
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(5201);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
