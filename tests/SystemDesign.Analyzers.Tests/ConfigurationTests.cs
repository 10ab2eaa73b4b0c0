using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>Suppression, .editorconfig severities and cancellation: what users get because we report through descriptors.</summary>
public class ConfigurationTests
{
    private static readonly string[] CountFindings = { "SD1002", "SD2001", "SD4002" };

    [Fact]
    public Task Pragma_disables_one_rule_and_leaves_the_others() =>
        VerifyAsync(
            Designs.Blog("{|SD1002:{|SD4002:2|}|}", header: "#pragma warning disable SD2001"),
            only: CountFindings);

    [Fact]
    public Task SuppressMessage_on_the_design_class_suppresses_the_rule() =>
        VerifyAsync(
            Designs.Blog("{|SD2001:{|SD4002:2|}|}", header: "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"SystemDesign.Tiers\", \"SD1002:Fewer instances than a tier requires\", Justification = \"test\")]"),
            only: CountFindings);

    [Fact]
    public async Task EditorConfig_sets_severities()
    {
        const string EditorConfig = """
            root = true

            [*.cs]
            dotnet_diagnostic.SD2001.severity = none
            dotnet_diagnostic.SD4002.severity = error
            dotnet_diagnostic.SD1002.severity = suggestion
            """;
        var diagnostics = await VerifyAsync(Designs.Blog("{|SD1002:{|SD4002:2|}|}"), only: CountFindings, editorConfig: EditorConfig);

        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Id == "SD4002").Severity);
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(d => d.Id == "SD1002").Severity);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_without_an_analyzer_exception()
    {
        var compilation = Compile(Enumerable.Range(0, 20).Select(i => Designs.Blog("2").Replace("PersonalBlog", "Blog" + i, StringComparison.Ordinal)));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(compilation, cancellationToken: cancelled.Token));

        // Cancelled part-way through, at several points: either a result without AD0001 or a cancellation, never a crash.
        foreach (var after in new[] { 1, 5, 20, 80 })
        {
            using var midway = new CancellationTokenSource(TimeSpan.FromMilliseconds(after));
            try
            {
                var (_, exceptions) = await RunAsync(compilation, cancellationToken: midway.Token);
                Assert.Empty(exceptions);
            }
            catch (OperationCanceledException)
            {
                // expected
            }
        }
    }
}
