using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// A small approved-file check in the Verify style: a received file is compared byte for byte with the
/// committed approved one; on a mismatch (or a missing approved file) the received bytes are written next
/// to it as <c>*.received.json</c> and the check fails. Approve by renaming received over verified.
/// </summary>
internal static class ApprovedFiles
{
    public const string ReceivedSuffix = ".received.json";

    /// <summary>
    /// Compares every <c>.json</c> under <paramref name="receivedDir"/> with the same relative path under
    /// <paramref name="verifiedDir"/>. Returns the problems found (empty when everything matches).
    /// </summary>
    public static List<string> Compare(string receivedDir, string verifiedDir)
    {
        var problems = new List<string>();
        var received = RelativeJsonFiles(receivedDir);
        var verified = Directory.Exists(verifiedDir) ? RelativeJsonFiles(verifiedDir) : [];
        foreach (var stale in Directory.Exists(verifiedDir)
            ? Directory.EnumerateFiles(verifiedDir, "*" + ReceivedSuffix, SearchOption.AllDirectories).ToList()
            : [])
        {
            File.Delete(stale);
        }

        foreach (var relative in received)
        {
            var bytes = File.ReadAllBytes(Path.Combine(receivedDir, relative));
            var approved = Path.Combine(verifiedDir, relative);
            if (File.Exists(approved) && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(approved)))
            {
                continue;
            }

            var receivedPath = Path.ChangeExtension(approved, null) + ReceivedSuffix;
            Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
            File.WriteAllBytes(receivedPath, bytes);
            problems.Add(File.Exists(approved)
                ? $"{relative} differs from the approved file; see {receivedPath}"
                : $"{relative} has no approved file; see {receivedPath}");
        }

        problems.AddRange(verified.Except(received, StringComparer.Ordinal).Select(v => $"{v} is approved but was not produced"));
        return problems;
    }

    private static List<string> RelativeJsonFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(ReceivedSuffix, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
}
