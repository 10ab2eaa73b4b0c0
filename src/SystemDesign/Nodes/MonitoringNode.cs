namespace SystemDesign;

/// <summary>Monitoring (type "monitoring"); connect it with ConnectsTo.</summary>
public sealed class MonitoringNode : Node<MonitoringNode>
{
    internal MonitoringNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }
}
