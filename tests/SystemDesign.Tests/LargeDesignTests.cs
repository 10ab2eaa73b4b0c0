using System.Globalization;
using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

public class LargeDesignTests
{
    /// <summary>
    /// 100,000 components in a chain (99,999 edges) plus one injected duplicate name and one duplicate edge.
    /// Validation is linear (dictionaries, no nested loops): a quadratic one would not finish in test time.
    /// </summary>
    [Fact]
    public void Validation_of_100000_components_completes_and_finds_the_injected_duplicates()
    {
        const int count = 100_000;
        var a = new ArchitectureBuilder();
        var previous = a.App("App 0");
        for (var i = 1; i < count; i++)
        {
            var next = a.App("App " + i.ToString(CultureInfo.InvariantCulture));
            previous.Calls(next);
            previous = next;
        }

        a.Cache("App 31337");
        a.App("App 5").Calls(a.App("App 6"));

        var architecture = a.Build();
        var findings = architecture.Validate();

        Assert.Equal(count + 3, architecture.Components.Count);
        Assert.Equal(
            new[] { "App 31337", "App 5", "App 6" },
            findings.Where(f => f.RuleId == Rules.DuplicateName.Id).Select(f => f.Component).ToArray());
        Assert.Equal("App 5", Assert.Single(findings, f => f.RuleId == Rules.DuplicateConnection.Id).Component);
        Assert.Equal(4, findings.Count);
        Assert.Equal("app", architecture.Find("App 31337")!.Type);
        Assert.Same(architecture.Components[count - 1], architecture.Find("App 99999"));
    }
}
