using SystemDesign.Cli.Diagrams;

namespace SystemDesign.Cli.Tests;

/// <summary>Issue 7: a box is drawn as a queue by its registry kind, never by words in its type's name.</summary>
public sealed class QueueShapeTests
{
    [Theory]
    [InlineData("queue", "queue", true)]
    [InlineData("audit_log", "stream", true)] // a stream by kind, whatever the name says
    [InlineData("stream_processor", "worker", false)] // "stream" in the name, a worker by kind
    [InlineData("kafka_streams", "worker", false)]
    [InlineData("message_queue_ui", "compute", false)]
    public void The_kind_decides(string type, string kind, bool queue)
    {
        var node = new GraphNode("n0", "X", type, kind, 1, null, true);

        Assert.Equal(queue, node.IsQueue);
    }
}
