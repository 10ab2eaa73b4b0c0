// Drafted by `sysdesign solve l5-infrastructure-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Anthos Hybrid Cloud Platform (l5-infrastructure-14).
/// Goal: Design hybrid cloud solution for Anthos supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,853,094/month.
/// </summary>
[Design("l5-infrastructure-14")]
public sealed class L5Infrastructure14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 28 → 28
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(28);
        // 23,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 325 → 325
        var ingress = a.Component("ingress", "Ingress").Instances(325);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 28 → 28
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(28);
        // 23,000,000 req/s × 1.2 headroom ÷ 150 per instance = 184000; every constraint at once needs 236992 (the latency targets with one instance lost); at 236992: SD6004 Storage Backend: losing one of 9,201 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(236993);
        // 23,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 9200; every constraint at once needs 9201 (the latency targets with one instance lost) → 9201
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(9201);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
