using System;
using System.Globalization;
using System.Text;

namespace SystemDesign.Importer;

/// <summary>Small text helpers.</summary>
public static class Text
{
    /// <summary>
    /// Removes leading emoji/pictographs (and their variation selectors, joiners, skin-tone modifiers)
    /// and spaces: "📚 Tutorial 1" → "Tutorial 1", "⚖️ High Availability" → "High Availability".
    /// Letters, digits and punctuation are never removed.
    /// </summary>
    public static string StripLeadingSymbols(string text)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        var index = 0;
        while (index < text.Length && Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) == System.Buffers.OperationStatus.Done && IsDecoration(rune))
        {
            index += consumed;
        }

        return text[index..];
    }

    private static bool IsDecoration(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.OtherSymbol => true,          // 📚 ⚖ 🎯 💡
            UnicodeCategory.NonSpacingMark => true,       // U+FE0F variation selector
            UnicodeCategory.EnclosingMark => true,        // U+20E3 keycap
            UnicodeCategory.Format => true,               // U+200D zero-width joiner
            UnicodeCategory.ModifierSymbol => rune.Value >= 0x1F3FB && rune.Value <= 0x1F3FF, // skin tones
            _ => false,
        };
}
