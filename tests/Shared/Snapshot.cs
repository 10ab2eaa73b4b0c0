using System;
using System.IO;
using System.Text;

namespace SystemDesign.TestSupport;

/// <summary>
/// The one approved-file check of every test project, with Verify's conventions so a move to Verify stays mechanical:
/// the approved output is committed as <c>{name}.verified.{ext}</c> beside the test; on a difference (or a missing
/// approved file) the actual output is written beside it as <c>{name}.received.{ext}</c> and the check fails.
/// Approve by renaming received over verified, or run with <c>VERIFY_AUTOVERIFY=true</c>; review the diff like code.
/// Folders come from <see cref="RepositoryRoot"/>, not <c>[CallerFilePath]</c> (CI maps source paths to <c>/_/</c>).
/// </summary>
internal static class Snapshot
{
    private static bool AutoVerify =>
        string.Equals(Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fails unless <paramref name="actual"/> matches <c>{directory}/{name}.verified.{extension}</c>.</summary>
    public static void Verify(string directory, string name, string extension, string actual)
    {
        var mismatch = CompareText(directory, name, extension, actual);
        Assert.True(mismatch is null, mismatch);
    }

    /// <summary>
    /// Text snapshot: only line ends are scrubbed (\r\n → \n), so a checkout with CRLF still matches.
    /// Returns null on a match, else what differs and how to approve it.
    /// </summary>
    public static string? CompareText(string directory, string name, string extension, string actual)
    {
        var text = ScrubLineEnds(actual);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var matches = File.Exists(verified) && ScrubLineEnds(File.ReadAllText(verified)) == text;
        return Settle(verified, received, Encoding.UTF8.GetBytes(text), matches);
    }

    /// <summary>
    /// Byte snapshot for outputs whose exact bytes are the contract (encoding, line ends): nothing is scrubbed.
    /// Returns null on a match, else what differs and how to approve it.
    /// </summary>
    public static string? CompareBytes(string verified, string received, byte[] actual)
    {
        var matches = File.Exists(verified) && actual.AsSpan().SequenceEqual(File.ReadAllBytes(verified));
        return Settle(verified, received, actual, matches);
    }

    // A match or an auto-approval leaves no received file behind; a difference leaves exactly one to review.
    private static string? Settle(string verified, string received, byte[] actual, bool matches)
    {
        if (matches || AutoVerify)
        {
            if (!matches)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
                File.WriteAllBytes(verified, actual);
            }

            File.Delete(received);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllBytes(received, actual);
        var reason = File.Exists(verified) ? "differs from the approved file" : "has no approved file";
        return $"{Path.GetFileName(verified)} {reason}: the output was written to {received}. " +
            $"Review it (diff it with {verified}); if it is right, approve it with mv \"{received}\" \"{verified}\" " +
            "or rerun with VERIFY_AUTOVERIFY=true.";
    }

    private static string ScrubLineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
