using System;
using System.IO;

namespace SystemDesign.TestSupport;

/// <summary>
/// A section of a committed document that is generated from code (the rule tables): the text between a start and an
/// end marker must equal what the code renders. With SYSTEMDESIGN_UPDATE_README=1 the section is rewritten instead.
/// </summary>
internal static class GeneratedSection
{
    /// <summary>Asserts the section of <paramref name="relativePath"/> between the markers equals <paramref name="content"/>.</summary>
    public static void AssertCurrent(string relativePath, string start, string end, string content)
    {
        var path = Path.Combine(RepositoryRoot.Path, relativePath);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Xunit.Assert.True(from >= 0 && to > from, $"{relativePath} needs the markers {start} and {end}.");

        var expected = text[..(from + start.Length)] + "\n" + content + text[to..];
        if (Environment.GetEnvironmentVariable("SYSTEMDESIGN_UPDATE_README") == "1")
        {
            File.WriteAllText(path, expected);
            text = expected;
        }

        Xunit.Assert.True(
            expected == text,
            $"{relativePath}'s generated table is stale: run the tests with SYSTEMDESIGN_UPDATE_README=1 to regenerate it.");
    }
}
