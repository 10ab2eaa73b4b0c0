namespace SystemDesign.Testing.Tests;

/// <summary>The blog of docs/engine.md's worked example: 8 app servers (⌈1.2 × 1,000 ÷ 150⌉), replicas, no single point of failure.</summary>
[Design("tutorial-simple-blog")]
public sealed class PassingBlog : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(8);
        var primary = a.DbPrimary("Primary DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);

        readers.Calls(lb);
        lb.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
    }
}

/// <summary>Two app servers for 1,000 req/s at 150 each (300 req/s: 333%), no replica: fails T2 and capacity.</summary>
[Design("tutorial-simple-blog")]
public sealed class UnderProvisionedBlog : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer");
        var app = a.App("App Servers").Instances(2);
        var primary = a.DbPrimary("Primary DB");

        readers.Calls(lb);
        lb.Calls(app);
        app.Calls(primary);
    }
}

/// <summary>Two components with one name and an edge to a component that does not exist.</summary>
[Design("tutorial-simple-blog")]
public sealed class MalformedBlog : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var app = a.App("App");
        a.DbPrimary("App");
        app.Calls(new ArchitectureBuilder().Cache("Elsewhere"));
    }
}

[Design("tutorial-simple-blgo")]
public sealed class MisspelledProblem : IDesign
{
    public void Describe(ArchitectureBuilder a) => a.App("App");
}

public sealed class Unattributed : IDesign
{
    public void Describe(ArchitectureBuilder a) => a.App("App");
}

[Design("tutorial-simple-blog")]
public sealed class NotADesign
{
}

[Design("tutorial-simple-blog")]
public sealed class NoParameterlessConstructor(int instances) : IDesign
{
    public void Describe(ArchitectureBuilder a) => a.App("App").Instances(instances);
}
