using System.Globalization;
using System.Text.Encodings.Web;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// The one JSON escaping of every file and document we write (catalog problems, reports, the tool's and the solver's
/// JSON; <see cref="JsonWriting.Options"/>), for System.Text.Json's writer: only what RFC 8259 §7 requires
/// (the quote, the backslash, control characters) plus U+2028/U+2029 for JavaScript consumers, so names in any
/// script, and emoji, stay readable. The built-in encoders escape every non-ASCII or every supplementary character.
/// A lone surrogate, which has no UTF-8 form, reaches us as U+FFFD and is written as is.
/// </summary>
public sealed class ReadableJsonEncoder : JavaScriptEncoder
{
    /// <summary>The encoder (it has no state).</summary>
    public static readonly ReadableJsonEncoder Instance = new();

    private ReadableJsonEncoder()
    {
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6; // \uXXXX

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < ' ' || unicodeScalar is '"' or '\\' or 0x2028 or 0x2029;

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            // A surrogate is handed to the encoder too: System.Text.Json's own UTF-8 transcoding drops a lone one
            // and the rest of the string with it; the encoder pairs it or replaces it with U+FFFD.
            if (WillEncode(text[i]) || char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var text = Escape(unicodeScalar);
        numberOfCharactersWritten = 0;
        if (text.Length > bufferLength)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        numberOfCharactersWritten = text.Length;
        return true;
    }

    private static string Escape(int scalar) => scalar switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when !Instance.WillEncode(scalar) => char.ConvertFromUtf32(scalar),
        _ => "\\u" + scalar.ToString("x4", CultureInfo.InvariantCulture),
    };
}
