using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// The processes this tool started (MSBuildWorkspace's build hosts, a restore) and what they started. On Ctrl-C the
/// tool does not wait for a build host busy with a project's targets, so it ends them itself rather than leave them
/// running a submission's targets after the tool has exited. Read from <c>/proc</c>, so on Linux only; elsewhere the
/// build hosts end when they notice their parent is gone.
/// </summary>
internal static class ChildProcesses
{
    public static void KillAll()
    {
        foreach (var child in Children(Environment.ProcessId))
        {
            try
            {
                using var process = Process.GetProcessById(child);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
                // Already gone, or not ours to end: the tool exits either way.
            }
        }
    }

    private static List<int> Children(int parent)
    {
        var children = new List<int>();
        if (!OperatingSystem.IsLinux())
        {
            return children;
        }

        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(folder) == parent)
            {
                children.Add(pid);
            }
        }

        return children;
    }

    // /proc/<pid>/stat is "pid (name) state ppid ...": the name may hold spaces and parentheses, so read after the last ')'.
    private static int ParentOf(string folder)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(folder, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid) ? ppid : -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1; // the process ended while we looked
        }
    }
}
