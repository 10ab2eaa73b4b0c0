// Drafted by `sysdesign solve l5-infrastructure-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Equinix Hybrid Cloud Platform (l5-infrastructure-9).
/// Goal: Design hybrid cloud solution for Equinix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,971,982/month.
/// </summary>
[Design("l5-infrastructure-9")]
public sealed class L5Infrastructure9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 22 → 22
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(22);
        // 18,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 255 → 255
        var ingress = a.Component("ingress", "Ingress").Instances(255);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 22 → 22
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(22);
        // 18,000,000 req/s × 1.2 headroom ÷ 150 per instance = 144000; every constraint at once needs 185471 (the latency targets with one instance lost); at 185471: SD6004 Storage Backend: losing one of 7,201 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(185472);
        // 18,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 7200; every constraint at once needs 7201 (the latency targets with one instance lost) → 7201
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(7201);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
