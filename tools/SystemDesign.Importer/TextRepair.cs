using System;
using System.Collections.Generic;
using System.Text;

namespace SystemDesign.Importer;

/// <summary>
/// The export is UTF-8 text that was once decoded as Mac Roman ("‚Üí" is "→"). Re-encoding each line as
/// Mac Roman and decoding the bytes as UTF-8 gives the original text back; a line where that does not
/// round-trip is reported with its number instead of being silently mangled further.
/// </summary>
public static class TextRepair
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding MacRoman = CreateMacRoman();

    /// <summary>Splits <paramref name="text"/> into lines, repairs each and normalises U+2011 to '-'.</summary>
    /// <exception cref="ImportException">A line is not mis-decoded UTF-8; the message names its number.</exception>
    public static IReadOnlyList<string> RepairLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Split('\n');
        var lines = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].EndsWith('\r') ? raw[i][..^1] : raw[i];
            lines.Add(RepairLine(line, i + 1));
        }

        // A final newline yields one empty trailing element; it is not a line.
        if (lines.Count > 0 && lines[^1].Length == 0 && text.EndsWith('\n'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Repairs one line (line number for the error message only).</summary>
    public static string RepairLine(string line, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        var bytes = MacRoman.GetBytes(line);
        if (!string.Equals(MacRoman.GetString(bytes), line, StringComparison.Ordinal))
        {
            throw ImportException.AtLine(null, lineNumber, "the text is not Mac Roman-decoded UTF-8 (a character has no Mac Roman byte); expected the raw export as it was written");
        }

        string repaired;
        try
        {
            repaired = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ImportException.AtLine(null, lineNumber, "re-encoding as Mac Roman does not give valid UTF-8; expected the raw (mis-decoded) export");
        }

        return repaired.Replace('\u2011', '-');
    }

    private static Encoding CreateMacRoman()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(10000, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
