// Drafted by `sysdesign solve l6-ai-infrastructure-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Swarm Intelligence Infrastructure (l6-ai-infrastructure-3).
/// Goal: Design next-generation swarm intelligence system achieving self-evolving systems for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $4,166,459,305/month.
/// </summary>
[Design("l6-ai-infrastructure-3")]
public sealed class L6AiInfrastructure3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var modelServer = a.Component("model_server", "Model Server").Instances(960000);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144000 → 144000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(144000);
        // 240,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 72000 → 72000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(72000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
