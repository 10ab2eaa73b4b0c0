using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace SystemDesign.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SystemDesign.Benchmarks -- --filter '*'</c> runs BenchmarkDotNet;
/// <c>-- --smoke</c> evaluates each design a few times and prints wall times (seconds, no BenchmarkDotNet);
/// <c>-- --profile</c> splits the time of one evaluation into engine steps.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Contains("--smoke", StringComparer.Ordinal))
        {
            return Smoke.Run(args.Contains("--quick", StringComparer.Ordinal));
        }

        if (args.Contains("--profile", StringComparer.Ordinal))
        {
            return StepProfile.Run(args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        // On a busy 2-core machine the generated project can take more than the default 2 minutes to build.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
