using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SystemDesign.TestSupport;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// The importer's output folder checked file by file with the shared <see cref="Snapshot"/>, byte for byte (the
/// bytes are the contract). The approved tree keeps the catalog's file names (<c>excerpt.verified/…/x.json</c>), so
/// a received file is <c>x.received.json</c> beside its approved one.
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
            var approved = Path.Combine(verifiedDir, relative);
            var mismatch = Snapshot.CompareBytes(approved, Path.ChangeExtension(approved, null) + ReceivedSuffix, File.ReadAllBytes(Path.Combine(receivedDir, relative)));
            if (mismatch is not null)
            {
                problems.Add(relative + ": " + mismatch);
            }
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
