using System;
using System.IO;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>
/// Approved-file snapshots with Verify's conventions, so a move to Verify is mechanical: the approved text is
/// Reports/Snapshots/&lt;name&gt;.verified.&lt;ext&gt;; on a mismatch or a missing file the actual text is written to
/// &lt;name&gt;.received.&lt;ext&gt; beside it and the test fails. Only line endings are normalised.
/// </summary>
internal static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved file; writes the received file and fails on a difference.</summary>
    public static void Verify(string actual, string name, string extension)
    {
        string directory = Path.Combine(RepositoryRoot.Path, "tests", "SystemDesign.Engine.Tests", "Reports", "Snapshots");
        string verified = Path.Combine(directory, name + ".verified." + extension);
        string received = Path.Combine(directory, name + ".received." + extension);
        string normalised = Normalise(actual);

        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == normalised)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalised);
        string reason = File.Exists(verified) ? "differs from" : "has no approved file";
        Assert.Fail(
            $"Snapshot '{name}.{extension}' {reason} {verified}.\n" +
            $"The output was written to {received}.\n" +
            $"Review it (e.g. diff the two files); if it is right, approve it by renaming it: mv \"{received}\" \"{verified}\"");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
