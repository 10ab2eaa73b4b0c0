using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

public class BlogDesignTests
{
    private static readonly Architecture Blog = Architecture.From(new PersonalBlog());

    [Fact]
    public void Problem_id_comes_from_the_Design_attribute()
    {
        Assert.Equal("tutorial-simple-blog", Blog.ProblemId);
    }

    [Fact]
    public void Components_keep_declaration_order_and_types()
    {
        var expected = new[]
        {
            ("Blog Readers", "client"), ("Load Balancer", "lb"), ("App Servers", "app"), ("Redis", "cache"),
            ("Primary DB", "db_primary"), ("Read Replica", "db_replica"), ("Jobs", "queue"), ("Events", "stream"),
            ("Indexer", "worker"), ("Repeater A", "quantum_repeater"),
        };

        Assert.Equal(expected, Blog.Components.Select(c => (c.Name, c.Type)).ToArray());
    }

    [Fact]
    public void Knobs_set_in_the_design_are_on_the_components_and_the_rest_are_null()
    {
        var app = Blog.Find("App Servers")!;
        Assert.Equal(8, app.Instances);
        Assert.Equal(150.0, app.CapacityPerInstance);
        Assert.Null(app.ServiceTimeMs);
        Assert.Null(app.Availability);
        Assert.Null(app.HitRate);
        Assert.Empty(app.Parameters);

        Assert.Equal(2, Blog.Find("Read Replica")!.Instances);
        Assert.Equal(4, Blog.Find("Indexer")!.Instances);
        Assert.Null(Blog.Find("Primary DB")!.Instances);
    }

    [Fact]
    public void Hit_rate_and_partitions_are_also_generic_parameters()
    {
        var cache = Blog.Find("Redis")!;
        Assert.Equal(0.9, cache.HitRate);
        Assert.Equal(0.9, cache.Parameters["hit_rate"]);

        var stream = Blog.Find("Events")!;
        Assert.Equal(12, stream.Partitions);
        Assert.Equal(12.0, stream.Parameters["partitions"]);
    }

    [Fact]
    public void Connections_keep_declaration_order_kinds_and_weights()
    {
        var expected = new[]
        {
            new Connection("Blog Readers", "Load Balancer", ConnectionKind.Calls),
            new Connection("Load Balancer", "App Servers", ConnectionKind.Calls),
            new Connection("App Servers", "Redis", ConnectionKind.Reads),
            new Connection("Redis", "Read Replica", ConnectionKind.Reads),
            new Connection("App Servers", "Primary DB", ConnectionKind.Writes),
            new Connection("Primary DB", "Read Replica", ConnectionKind.Replicates),
            new Connection("App Servers", "Jobs", ConnectionKind.Publishes),
            new Connection("Jobs", "Indexer", ConnectionKind.Consumes),
            new Connection("App Servers", "Repeater A", ConnectionKind.Calls, 0.3),
        };

        Assert.Equal(expected, Blog.Connections);
    }

    [Fact]
    public void The_blog_design_is_valid()
    {
        Assert.Empty(Blog.Validate());
    }

    [Fact]
    public void Find_is_ordinal_and_returns_null_for_unknown_names()
    {
        Assert.NotNull(Blog.Find("Redis"));
        Assert.Null(Blog.Find("redis"));
        Assert.Null(Blog.Find("Memcached"));
        Assert.Null(Blog.Find(null!));
    }
}
