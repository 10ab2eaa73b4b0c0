using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

/// <summary>Findings built with a component's name get a target by index; the validator's point at their declaration.</summary>
public class FindingTargetResolveTests
{
    private static readonly Architecture Twice = new(
        null,
        new[] { new Component("Users", "client"), new Component("App", "app"), new Component("App", "worker") { Instances = 0 } },
        new[] { new Connection("Users", "App", ConnectionKind.Calls) { Weight = -1 } });

    [Fact]
    public void A_name_resolves_to_its_first_component_and_no_name_or_an_unknown_one_to_the_design()
    {
        var resolved = FindingTarget.Resolve(
            new[]
            {
                new Finding(Rules.Overloaded, "App", "m"),
                new Finding(Rules.Overloaded, "Nobody", "m"),
                new Finding(Rules.OverBudget, null, "m"),
                new Finding(Rules.Overloaded, "App", "m") { Target = FindingTarget.Connection(0) },
            },
            Twice);

        Assert.Equal(new[] { FindingTarget.Component(1), FindingTarget.Design, FindingTarget.Design, FindingTarget.Connection(0) }, resolved.Select(f => f.Target));
    }

    [Fact]
    public void Validation_findings_point_at_the_declaration_they_are_about_and_its_knob()
    {
        var findings = Twice.Validate();

        var duplicate = Assert.Single(findings, f => f.RuleId == Rules.DuplicateName.Id);
        Assert.Equal(FindingTarget.Component(2), duplicate.Target); // the second declaration, not the first of that name
        var instances = Assert.Single(findings, f => f.RuleId == Rules.InvalidInstances.Id);
        Assert.Equal((FindingTarget.Component(2), Knobs.Instances.Key), (instances.Target, instances.Knob));
        var weight = Assert.Single(findings, f => f.RuleId == Rules.InvalidWeight.Id);
        Assert.Equal((FindingTarget.Connection(0), nameof(Edge.Weight)), (weight.Target, weight.Knob));
    }
}
