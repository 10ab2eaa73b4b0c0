using System.Collections.Generic;

namespace SystemDesign.Reports;

/// <summary>Word wrapping for the console report.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Splits <paramref name="text"/> at spaces into lines of at most <paramref name="firstWidth"/> characters for the
    /// first line and <paramref name="nextWidth"/> for the others. A word longer than a line is kept whole.
    /// </summary>
    public static IReadOnlyList<string> Lines(string text, int firstWidth, int nextWidth)
    {
        // A width below 1 (an indent wider than the page) would ask for negative counts: wrap at 1 instead.
        firstWidth = System.Math.Max(1, firstWidth);
        nextWidth = System.Math.Max(1, nextWidth);
        var lines = new List<string>();
        int start = 0;
        int width = firstWidth;
        while (text.Length - start > width)
        {
            int limit = start + width;
            int space = text.LastIndexOf(' ', limit, limit - start + 1);
            if (space <= start)
            {
                // One word longer than the line: break after it rather than inside it.
                space = text.IndexOf(' ', limit);
                if (space < 0)
                {
                    break;
                }
            }

            lines.Add(text.Substring(start, space - start).TrimEnd());
            start = space + 1;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            width = nextWidth;
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
