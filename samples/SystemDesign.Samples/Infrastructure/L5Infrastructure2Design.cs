// Drafted by `sysdesign solve l5-infrastructure-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// GCP Service Mesh Platform (l5-infrastructure-2).
/// Goal: Design service mesh solution for GCP supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,538,537/month.
/// </summary>
[Design("l5-infrastructure-2")]
public sealed class L5Infrastructure2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 14 → 14
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(14);
        // 11,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 156 → 156
        var ingress = a.Component("ingress", "Ingress").Instances(156);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 14 → 14
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(14);
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 113343 (the latency targets with one instance lost); at 113343: SD6004 Storage Backend: losing one of 4,401 Storage Backend (83.3% → 83.3% busy): P99 of reads from Service Mesh goes from 100 ms to 100 ms, o...
        var kubernetesWorkerNode = a.Component("k8s_worker", "Kubernetes Worker Node").Instances(113344);
        // 11,000,000 req/s × 1.2 headroom ÷ 3,000 per instance = 4400; every constraint at once needs 4401 (the latency targets with one instance lost) → 4401
        var storageBackend = a.Component("storage_backend", "Storage Backend").Instances(4401);
        // one instance carries the load and no requirement asks for more → 1
        var kubernetesControlPlane = a.Component("k8s_master", "Kubernetes Control Plane").Instances(1);

        serviceMesh.ConnectsTo(ingress);
        ingress.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(kubernetesWorkerNode);
        kubernetesWorkerNode.Calls(storageBackend);
        kubernetesWorkerNode.ConnectsTo(kubernetesControlPlane);
    }
}
