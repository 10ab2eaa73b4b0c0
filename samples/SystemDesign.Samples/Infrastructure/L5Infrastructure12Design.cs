// Drafted by `sysdesign solve l5-infrastructure-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// OpenShift Service Mesh Platform (l5-infrastructure-12).
/// Goal: Design service mesh solution for OpenShift supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,300,636/month.
/// </summary>
[Design("l5-infrastructure-12")]
public sealed class L5Infrastructure12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 26 → 26
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(26);
        // 21,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 297 → 297
        var ingress = a.Component("ingress", "Ingress").Instances(297);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 26 → 26
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(26);
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; every constraint at once needs 216383 (the latency targets with one instance lost); at 216383: SD6004 Storage Backend: losing one of 8,401 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, ...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(216384);
        // 21,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 8400; every constraint at once needs 8401 (the latency targets with one instance lost) → 8401
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(8401);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
