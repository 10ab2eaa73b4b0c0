using System;
using System.IO;
using System.Linq;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// A test that sends SIGINT to the tool. A process started in the background by a non-interactive shell (<c>cmd &amp;</c>)
/// ignores SIGINT, its children inherit that, and .NET leaves an ignored SIGINT ignored, as Unix tools do: then the tool
/// cannot be interrupted and the test is skipped, saying so, instead of failing for a reason that is not the tool's.
/// </summary>
internal sealed class SigintFactAttribute : FactAttribute
{
    public SigintFactAttribute()
    {
        if (SigintIgnored())
        {
            Skip = "SIGINT is ignored in this test process (started in the background by a non-interactive shell) and the tool would inherit that: run the tests in the foreground to test Ctrl-C.";
        }
    }

    // /proc/self/status: "SigIgn:\t0000000000000006" is a hexadecimal mask; bit 1 (value 2) is SIGINT (signal 2).
    private static bool SigintIgnored()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0b10) != 0;
    }
}
