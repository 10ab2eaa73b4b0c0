using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Unicode;

namespace SystemDesign.Importer;

/// <summary>
/// Reads an input file (the export, overrides.json) as strict UTF-8 within a size limit. A file that is not
/// UTF-8 is refused with the byte offset and line of its first bad sequence, so it can be found with a hex
/// editor; nothing is decoded with replacement characters.
/// </summary>
public static class InputFile
{
    /// <summary>The largest export read: 64 MiB, 25 times the 2.5 MB export, far below what exhausts memory.</summary>
    public const long MaxExportBytes = 64L * 1024 * 1024;

    /// <summary>The largest overrides.json read: 4 MiB (the curated file is 13 kB).</summary>
    public const long MaxOverridesBytes = 4L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/>; messages name it as <paramref name="name"/>.</summary>
    /// <exception cref="ImportException">Too large, a UTF-16 file, or not valid UTF-8.</exception>
    public static string ReadUtf8(string path, string name, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new ImportException($"{name}: {length.ToString(CultureInfo.InvariantCulture)} bytes; expected at most {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes (is this the right file?)");
        }

        return DecodeUtf8(File.ReadAllBytes(path), name);
    }

    /// <summary>Decodes <paramref name="bytes"/> (a UTF-8 byte order mark is skipped) or names the first bad byte.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ImportException($"{name}: byte offset 0 (line 1): a UTF-16 byte order mark; expected UTF-8 text (save the file as UTF-8)");
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes[bom..], chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            var offset = bom + read;
            var bad = bytes.Slice(offset, Math.Min(4, bytes.Length - offset)).ToArray();
            throw new ImportException(
                $"{name}: byte offset {offset.ToString(CultureInfo.InvariantCulture)} (line {LineAt(bytes, offset).ToString(CultureInfo.InvariantCulture)}): " +
                $"invalid UTF-8 sequence starting {string.Join(' ', bad.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)))}; expected UTF-8 text");
        }

        return new string(chars, 0, written);
    }

    /// <summary>The 1-based line holding byte <paramref name="offset"/>.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
