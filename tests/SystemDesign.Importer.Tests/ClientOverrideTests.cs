using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Client roles in the reference solutions (issue 8, "Who sends what"): retypeComponent and setClientShare, validated
/// like the other overrides, and the catalog's clients whose names say they write.
/// </summary>
public sealed class ClientOverrideTests
{
    private static List<Problem> Apply(string operations)
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(MalformedInputTests.Sample)));
        OverrideFile.Apply(OverrideFile.Parse($$"""{ "problems": { "sample": [ {{operations}} ] } }""", "overrides.json"), problems, "overrides.json");
        return problems;
    }

    [Fact]
    public void A_retype_gives_the_component_its_type_and_records_the_reason()
    {
        var problem = Apply("""{ "op": "retypeComponent", "component": "Users", "from": "redirect_client", "to": "client", "reason": "they write too" }""")[0];
        Assert.Equal("client", problem.ReferenceSolution!.Components.Single(c => c.Name == "Users").Type);
        Assert.Equal([new Correction("referenceSolution.components", "they write too")], problem.Corrections);
    }

    [Fact]
    public void A_share_is_carried_by_the_reference_client_and_written_only_where_stated()
    {
        var problem = Apply("""{ "op": "setClientShare", "component": "Users", "workloadShare": 0.7, "reason": "70% stated" }""")[0];
        var users = problem.ReferenceSolution!.Components.Single(c => c.Name == "Users");
        Assert.Equal(0.7, users.WorkloadShare);
        Assert.Null(users.RequestRate);
        var json = System.Text.Encoding.UTF8.GetString(SystemDesign.Catalog.Loading.ProblemWriter.Write(problem));
        Assert.Contains("\"workloadShare\": 0.7", json, StringComparison.Ordinal);
        Assert.Equal(2, json.Split("\"workloadShare\"").Length);
        Assert.Equal(0.7, SystemDesign.Catalog.Loading.ProblemReader.Read(json, "x.json").ReferenceSolution!.Components[0].WorkloadShare);
    }

    [Theory]
    [InlineData("""{ "op": "retypeComponent", "component": "Nobody", "from": "redirect_client", "to": "client", "reason": "r" }""", "sample[0].component: expected a component of #1 (sample)'s reference solution ('Nobody' is not one; it has 'Users', 'App (Primary)', 'Cache')")]
    [InlineData("""{ "op": "retypeComponent", "component": "Users", "from": "client", "to": "create_client", "reason": "r" }""", "sample[0].from: expected 'redirect_client', the type 'Users' has in #1 (sample)")]
    [InlineData("""{ "op": "retypeComponent", "component": "Users", "from": "redirect_client", "to": "create_clinet", "reason": "r" }""", "sample[0].to: expected a component type of catalog/components.json ('create_clinet' is unknown; did you mean 'create_client'?)")]
    [InlineData("""{ "op": "retypeComponent", "component": "Users", "from": "redirect_client", "to": "redirect_client", "reason": "r" }""", "sample[0].to: expected a type other than from")]
    [InlineData("""{ "op": "retypeComponent", "component": "Users", "from": "redirect_client", "to": "create_client", "reason": "r" }""", "sample[0].to: expected a type that keeps #1 (sample)'s tier T0 met (its requirement on 'redirect_client' is met only by 'Users' as 'redirect_client')")]
    [InlineData("""{ "op": "setClientShare", "component": "App (Primary)", "workloadShare": 0.5, "reason": "r" }""", "sample[0].component: expected a client of #1 (sample)'s reference solution ('App (Primary)' is of type app, which sends no workload)")]
    [InlineData("""{ "op": "setClientShare", "component": "Users", "workloadShare": 1.5, "reason": "r" }""", "sample[0].workloadShare: expected a share in (0, 1]")]
    [InlineData("""{ "op": "setClientShare", "component": "Users", "workloadShare": 0.5, "requestRate": 10, "reason": "r" }""", "sample[0]: expected one of workloadShare")]
    [InlineData("""{ "op": "setClientShare", "component": "Users", "reason": "r" }""", "sample[0]: expected one of workloadShare")]
    [InlineData("""{ "op": "setClientShare", "component": "Users", "requestRate": 0, "reason": "r" }""", "sample[0].requestRate: expected a rate in req/s above 0")]
    [InlineData("""{ "op": "setClientShare", "component": "Users", "workloadShare": 0.5, "reason": "r", "share": 1 }""", "sample[0].share: expected only op, reason, component, workloadShare, requestRate")]
    public void A_bad_client_override_names_its_place_and_the_fix(string operation, string expected)
    {
        var e = Assert.Throws<ImportException>(() => Apply(operation));
        Assert.Contains("$.problems." + expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("overrides.json: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_of_one_role_above_all_of_it_are_refused()
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(MalformedInputTests.Sample)));
        var overrides = OverrideFile.Parse("""
            { "problems": { "sample": [
              { "op": "addComponents", "components": [ { "name": "Web", "type": "redirect_client" } ], "reason": "r" },
              { "op": "addConnections", "connections": [ { "from": "Web", "to": "App (Primary)" } ], "reason": "r" },
              { "op": "setClientShare", "component": "Users", "workloadShare": 0.7, "reason": "r" },
              { "op": "setClientShare", "component": "Web", "workloadShare": 0.6, "reason": "r" } ] } }
            """, "overrides.json");
        var e = Assert.Throws<ImportException>(() => OverrideFile.Apply(overrides, problems, "overrides.json"));
        Assert.Contains("sample[3].workloadShare: expected shares of the 'reads' clients of #1 (sample) that add up to at most 1 (they add up to 1.3)", e.Message, StringComparison.Ordinal);
    }

    // A reference client whose name says it produces (writes) must not be typed as the redirect client, whose role is
    // the reads. A new instance in the export fails here until it is retyped in catalog/overrides.json.
    [Fact]
    public void No_reference_client_named_for_writing_is_typed_redirect_client()
    {
        var writerName = new System.Text.RegularExpressions.Regex(@"\b(Writers?|Producers?|Publishers?|Event Sources|IoT Devices|IoT Sensors|Sensors|Data Sources|Logs|Exchanges)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var misfits = ProblemCatalog.BuiltIn.Problems
            .SelectMany(p => (p.ReferenceSolution?.Components ?? []).Where(c => c.Type == "redirect_client" && writerName.IsMatch(c.Name)).Select(c => p.Id + ": " + c.Name))
            .ToList();
        Assert.Empty(misfits);
    }

    [Fact]
    public void The_stated_client_shares_of_the_catalog_are_the_ones_its_text_states()
    {
        var stated = ProblemCatalog.BuiltIn.Problems
            .SelectMany(p => (p.ReferenceSolution?.Components ?? []).Where(c => c.WorkloadShare is not null || c.RequestRate is not null)
                .Select(c => $"{p.Id}: {c.Name} {c.WorkloadShare}"))
            .ToList();
        Assert.Equal(["multi-protocol-gateway: REST Clients 0.7", "multi-protocol-gateway: SOAP Clients 0.2", "multi-protocol-gateway: GraphQL Clients 0.1"], stated);
    }
}
