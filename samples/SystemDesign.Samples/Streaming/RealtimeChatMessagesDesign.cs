// Drafted by `sysdesign solve realtime-chat-messages` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Presence Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Presence Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Real-time Chat Messages (realtime-chat-messages).
/// Goal: Build a Slack-like real-time chat.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $19,752/month.
/// </summary>
[Design("realtime-chat-messages")]
public sealed class RealtimeChatMessagesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var chatUsers = a.Component("redirect_client", "Chat Users");
        // 20,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var webSocketLB = a.Component("lb", "WebSocket LB").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160; every constraint at once needs 176 (the latency targets with one instance lost) → 176
        var chatServer = a.Component("app", "Chat Server").Instances(176);
        // 20,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3; every constraint at once needs 4 (N+1: 20,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 4
        var messageBus = a.Component("stream", "Message Bus").Instances(4).Parameter("partitions", 48);
        // one instance carries the load and no requirement asks for more → 1
        var presenceCache = a.Component("cache", "Presence Cache").Instances(1);
        // 40,000 req/s × 1.2 headroom ÷ 1,000 per instance = 48 → 48
        var messageDB = a.Component("db_primary", "Message DB").Instances(48);

        chatUsers.ConnectsTo(webSocketLB);
        webSocketLB.ConnectsTo(chatServer);
        chatServer.ConnectsTo(messageBus);
        chatServer.ConnectsTo(presenceCache);
        chatServer.ConnectsTo(messageDB);
        messageBus.ConnectsTo(messageDB);
    }
}
