// Drafted by `sysdesign solve voice-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Voice Search with Speech Recognition (voice-search).
/// Goal: Convert speech to searchable text.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $10,457/month.
/// </summary>
[Design("voice-search")]
public sealed class VoiceSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var aPI = a.Component("app", "API").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; tier T1 needs ≥ 2 worker in all, across 2 components → 12
        var whisperSTT = a.Component("worker", "Whisper STT").Instances(12);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; tier T1 needs ≥ 2 worker in all, across 2 components → 12
        var nLU = a.Component("worker", "NLU").Instances(12);
        // 10,000 req/s × 1.2 headroom ÷ 500 per instance = 24 → 24
        var eS = a.Component("search", "ES").Instances(24);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(whisperSTT);
        whisperSTT.ConnectsTo(nLU);
        nLU.ConnectsTo(eS);
    }
}
