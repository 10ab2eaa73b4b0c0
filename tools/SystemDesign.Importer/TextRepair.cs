using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

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

    /// <summary>
    /// The longest line accepted, in characters: the export's longest is 566, so a longer line is damage (a lost
    /// line break, binary data) and is refused before any pattern runs over it.
    /// </summary>
    public const int MaxLineLength = 4_000;

    /// <summary>Splits <paramref name="text"/> into lines, checks and repairs each and normalises U+2011 to '-'.</summary>
    /// <exception cref="ImportException">A line is too long, holds a control character or is not mis-decoded UTF-8; the message names its number.</exception>
    public static IReadOnlyList<string> RepairLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Split('\n');
        var lines = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].EndsWith('\r') ? raw[i][..^1] : raw[i];
            if (line.Length > MaxLineLength)
            {
                throw ImportException.AtLine(null, i + 1, $"the line has {line.Length.ToString(CultureInfo.InvariantCulture)} characters; expected at most {MaxLineLength.ToString(CultureInfo.InvariantCulture)} (a lost line break or binary data?)");
            }

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
        var roundTrip = MacRoman.GetString(bytes);
        if (!string.Equals(roundTrip, line, StringComparison.Ordinal))
        {
            // Mac Roman is one byte per character, so the first difference is the offending character.
            var column = line.AsSpan().CommonPrefixLength(roundTrip);
            throw ImportException.AtLine(null, lineNumber, $"column {Column(column)}: {Describe(line[column])} has no Mac Roman byte, so the line is not Mac Roman-decoded UTF-8; expected the raw export as it was written");
        }

        if (Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw ImportException.AtLine(null, lineNumber, $"column {Column(read)}: re-encoding as Mac Roman gives invalid UTF-8 from '{line[read..Math.Min(line.Length, read + 4)]}' on; expected the raw (mis-decoded) export");
        }

        var repaired = StrictUtf8.GetString(bytes);
        for (var i = 0; i < repaired.Length; i++)
        {
            if (char.IsControl(repaired[i]) && repaired[i] != '\t')
            {
                throw ImportException.AtLine(null, lineNumber, $"character {Column(i)}: {Describe(repaired[i])} is a control character; expected text (the export is damaged or binary)");
            }
        }

        return repaired.Replace('\u2011', '-');
    }

    private static string Column(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Describe(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + (char.IsControl(c) || char.IsSurrogate(c) ? string.Empty : " '" + c + "'");

    private static Encoding CreateMacRoman()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(10000, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
