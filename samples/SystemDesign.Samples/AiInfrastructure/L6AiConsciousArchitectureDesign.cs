// Drafted by `sysdesign solve l6-ai-conscious-architecture` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Consciousness-Preserving AI System (l6-ai-conscious-architecture).
/// Goal: Create architecture that could preserve conscious AI entities during migration/shutdown
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $946/month.
/// </summary>
[Design("l6-ai-conscious-architecture")]
public sealed class L6AiConsciousArchitectureDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Causality Tracker is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry causality_tra... → 2
        var causalityTracker = a.Component("causality_tracker", "Causality Tracker").Instances(2);
        // at 1: SD4002 IIT Calculator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry iit_calculator: ... → 2
        var iITCalculator = a.Component("iit_calculator", "IIT Calculator").Instances(2);
        // at 1: SD4002 Consciousness Verifier is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry consciou... → 2
        var consciousnessVerifier = a.Component("consciousness_verifier", "Consciousness Verifier").Instances(2);
        // at 1: SD4002 State Preserver is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry state_preserver... → 2
        var statePreserver = a.Component("state_preserver", "State Preserver").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var ethicsMonitor = a.Component("ethics_monitor", "Ethics Monitor").Instances(1);

        causalityTracker.Calls(iITCalculator);
        causalityTracker.Calls(consciousnessVerifier);
        causalityTracker.Calls(statePreserver);
        iITCalculator.Calls(statePreserver);
        consciousnessVerifier.Calls(statePreserver);
        causalityTracker.ConnectsTo(ethicsMonitor);
    }
}
