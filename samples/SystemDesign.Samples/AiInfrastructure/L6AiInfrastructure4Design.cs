// Drafted by `sysdesign solve l6-ai-infrastructure-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Model Server: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Quantum Ml Infrastructure (l6-ai-infrastructure-4).
/// Goal: Design next-generation quantum ML system achieving trillion parameter models for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $4,389,803,710/month.
/// </summary>
[Design("l6-ai-infrastructure-4")]
public sealed class L6AiInfrastructure4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var modelServer = a.Component("model_server", "Model Server").Instances(871340);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 156000 → 156000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(156000);
        // 260,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 78000 → 78000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(78000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
