using System.Collections.Generic;
using SystemDesign.Model;

namespace SystemDesign.Tests;

public class ModelTests
{
    [Fact]
    public void Build_snapshots_later_declarations_and_knobs_do_not_change_it()
    {
        var a = new ArchitectureBuilder("p");
        var app = a.App("App").Instances(2);
        var first = a.Build();

        app.Instances(5).Calls(a.Cache("Cache"));
        var second = a.Build();

        Assert.Equal(2, first.Find("App")!.Instances);
        Assert.Single(first.Components);
        Assert.Empty(first.Connections);
        Assert.Equal(5, second.Find("App")!.Instances);
        Assert.Equal("p", second.ProblemId);
    }

    [Fact]
    public void Lists_cannot_be_cast_back_to_mutable_collections()
    {
        var architecture = Designs.Build(a => a.App("App"));

        Assert.False(architecture.Components is Component[]);
        Assert.True(((ICollection<Component>)architecture.Components).IsReadOnly);
        Assert.True(((ICollection<Connection>)architecture.Connections).IsReadOnly);
        Assert.True(((ICollection<Finding>)architecture.Validate()).IsReadOnly);
    }

    [Fact]
    public void Parameters_are_a_read_only_copy_in_ordinal_order()
    {
        var source = new Dictionary<string, double> { ["b"] = 2, ["B"] = 3, ["a"] = 1 };
        var component = new Component("X", "dna_storage") { Parameters = source };
        source["a"] = 100;

        Assert.Equal(1, component.Parameters["a"]);
        Assert.Equal(new[] { "B", "a", "b" }, component.Parameters.Keys);
        Assert.True(((ICollection<KeyValuePair<string, double>>)component.Parameters).IsReadOnly);
    }

    [Fact]
    public void Typed_hit_rate_and_partitions_stay_in_step_with_parameters()
    {
        var cache = new Component("C", "cache") { HitRate = 0.9 };
        var changed = cache with { HitRate = 0.5 };
        var cleared = cache with { HitRate = null };

        Assert.Equal(0.9, cache.Parameters["hit_rate"]);
        Assert.Equal(0.5, changed.Parameters["hit_rate"]);
        Assert.False(cleared.Parameters.ContainsKey("hit_rate"));
        Assert.Equal(7, (cache with { Parameters = new Dictionary<string, double> { ["partitions"] = 7 } }).Partitions);
    }

    [Fact]
    public void Components_compare_by_value_including_parameters()
    {
        var a = new Component("C", "cache") { HitRate = 0.9, Instances = 2 };
        var b = new Component("C", "cache") { Instances = 2, Parameters = new Dictionary<string, double> { ["hit_rate"] = 0.9 } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { HitRate = 0.8 });
        Assert.NotEqual(a, b with { Zone = "z" });
        Assert.Equal("C (cache)", a.ToString());
    }

    [Fact]
    public void Null_names_and_types_are_stored_as_empty_strings()
    {
        var component = new Component(null!, null!);

        Assert.Equal(string.Empty, component.Name);
        Assert.Equal(string.Empty, component.Type);
    }

    [Fact]
    public void Null_entries_are_skipped_and_validate_is_repeatable()
    {
        var architecture = new Architecture(null, new Component[] { null!, new("App", "app") { Instances = 0 } }, null);

        Assert.Single(architecture.Components);
        Assert.Empty(architecture.Connections);
        Assert.Same(architecture.Validate(), architecture.Validate());
    }

    [Fact]
    public void Finding_prints_id_severity_and_message()
    {
        Assert.Equal("SD0005 Error: m", new Finding("SD0005", Severity.Error, "App", "m").ToString());
    }
}
