using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace SystemDesign.Importer.Tests.Fuzz;

/// <summary>The kinds of damage the fuzz does to an export or an override file.</summary>
internal enum MutationKind
{
    Truncate,
    FlipBit,
    InsertNul,
    LongLine,
    HugeNumber,
    ForeignDigit,
    InvalidUtf8,
    DropLine,
    DuplicateLine,
}

/// <summary>
/// One seeded mutation of a file's bytes. <see cref="Where"/> and <see cref="Variant"/> are raw random
/// numbers reduced against the file at hand, so one generator serves every fixture.
/// </summary>
internal sealed record ExportMutation(MutationKind Kind, int Where, int Variant)
{
    /// <summary>Numbers no int, decimal or double holds, and the int and uint edges.</summary>
    private static readonly string[] HugeNumbers =
    [
        "2147483648", "4294967296", "99999999999999999999999999999", "1" + new string('0', 400), "1e400", "9" + new string('9', 30) + ".5",
    ];

    /// <summary>Zero in Arabic-Indic, Extended Arabic-Indic, Devanagari and fullwidth digits.</summary>
    private static readonly int[] ForeignZeros = [0x0660, 0x06F0, 0x0966, 0xFF10];

    /// <summary>A lone lead byte, a bad continuation, a cut three-byte sequence, an overlong '/', a UTF-16 surrogate.</summary>
    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80]];

    /// <summary>The line length the long-line mutation inserts (over the importer's limit; the 10 MB case has its own test).</summary>
    public const int LongLineLength = 100_000;

    private static readonly Encoding MacRoman = CreateMacRoman();

    public static Gen<ExportMutation> Generator { get; } =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, 1_000_000], (k, w, v) => new ExportMutation(k, w, v));

    /// <summary>The <paramref name="count"/> mutations of seed <paramref name="seed"/>, always the same ones.</summary>
    public static IReadOnlyList<ExportMutation> Sequence(ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        return Enumerable.Range(0, count).Select(_ => Generator.Generate(pcg, null!, out Size _)).ToList();
    }

    public byte[] Apply(byte[] original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var bytes = new List<byte>(original);
        var at = Where % Math.Max(1, bytes.Count);
        switch (Kind)
        {
            case MutationKind.Truncate:
                return original[..at];
            case MutationKind.FlipBit:
                bytes[at] ^= (byte)(1 << (Variant % 8));
                break;
            case MutationKind.InsertNul:
                bytes.Insert(at, 0);
                break;
            case MutationKind.LongLine:
                bytes.InsertRange(LineStart(original, Where), Encoding.ASCII.GetBytes(new string('x', LongLineLength) + "\n"));
                break;
            case MutationKind.HugeNumber:
                return ReplaceDigits(original, HugeNumbers[Variant % HugeNumbers.Length], wholeRun: true);
            case MutationKind.ForeignDigit:
                return ReplaceDigits(original, ForeignDigit(), wholeRun: false);
            case MutationKind.InvalidUtf8:
                bytes.InsertRange(at, BadUtf8[Variant % BadUtf8.Length]);
                break;
            case MutationKind.DropLine:
            case MutationKind.DuplicateLine:
                var start = LineStart(original, Where);
                var end = Array.IndexOf(original, (byte)'\n', start) is var nl and >= 0 ? nl + 1 : original.Length;
                return Kind == MutationKind.DropLine
                    ? [.. original[..start], .. original[end..]]
                    : [.. original[..end], .. original[start..]];
        }

        return [.. bytes];
    }

    /// <summary>
    /// Damage no importer may accept: content cut off, a NUL, an over-long line, bytes that are not UTF-8.
    /// (A flipped bit or a foreign digit in prose can leave a valid file, so those may import.)
    /// </summary>
    public bool MustBeRefused(byte[] original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Kind switch
        {
            MutationKind.Truncate => original.AsSpan(Where % Math.Max(1, original.Length)).ContainsAnyExcept(" \t\r\n"u8),
            MutationKind.InsertNul or MutationKind.LongLine or MutationKind.InvalidUtf8 => true,
            _ => false,
        };
    }

    public override string ToString() => $"{Kind} where={Where} variant={Variant}";

    /// <summary>A digit from another script: half the time as the export would hold it (its UTF-8 read as Mac Roman), half as plain UTF-8.</summary>
    private string ForeignDigit()
    {
        var digit = char.ConvertFromUtf32(ForeignZeros[Variant % ForeignZeros.Length] + (Variant / 7 % 10));
        return Variant % 2 == 0 ? MacRoman.GetString(Encoding.UTF8.GetBytes(digit)) : digit;
    }

    private byte[] ReplaceDigits(byte[] original, string replacement, bool wholeRun)
    {
        var runs = DigitRuns(original);
        if (runs.Count == 0)
        {
            return original;
        }

        var (start, length) = runs[Where % runs.Count];
        var cut = wholeRun ? length : 1;
        return [.. original[..start], .. Encoding.UTF8.GetBytes(replacement), .. original[(start + cut)..]];
    }

    private static List<(int Start, int Length)> DigitRuns(byte[] bytes)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!char.IsAsciiDigit((char)bytes[i]))
            {
                continue;
            }

            var start = i;
            while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
            {
                i++;
            }

            runs.Add((start, i - start));
        }

        return runs;
    }

    private static int LineStart(byte[] bytes, int where)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' && i + 1 < bytes.Length)
            {
                starts.Add(i + 1);
            }
        }

        return starts[where % starts.Count];
    }

    private static Encoding CreateMacRoman()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(10000);
    }
}
