// Drafted by `sysdesign solve l6-ai-infrastructure-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Consciousness Simulation Infrastructure (l6-ai-infrastructure-2).
/// Goal: Design next-generation consciousness simulation system achieving real-time learning for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $3,819,254,369/month.
/// </summary>
[Design("l6-ai-infrastructure-2")]
public sealed class L6AiInfrastructure2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var modelServer = a.Component("model_server", "Model Server").Instances(880000);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 132000 → 132000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(132000);
        // 220,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 66000 → 66000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(66000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
