using System;
using System.Globalization;
using System.Text;

namespace SystemDesign.Shared;

/// <summary>
/// C# identifiers and literals from catalog ids and names, spelled once for the generator's problem classes, the
/// solver's design classes and the code fixes' locals. A linked source file, not a library: the generator and the code
/// fixes run in the compiler and load no solver, and the solver has no business loading a compiler extension.
/// ASCII letters and digits make the words; every other character separates them.
/// </summary>
internal static class CSharpIdentifiers
{
    /// <summary>
    /// "tutorial-simple-blog" → "TutorialSimpleBlog": each word's first letter upper-cased, the rest kept. Empty when the
    /// text has no ASCII letter or digit, and it may start with a digit: each caller has its own rule for those.
    /// </summary>
    public static string Pascal(string text)
    {
        var result = new StringBuilder(text.Length);
        var upper = true;
        foreach (var c in text)
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return result.ToString();
    }

    /// <summary>"Load Balancer" → "loadBalancer": <see cref="Pascal"/> with its first letter lower-cased.</summary>
    public static string Camel(string text)
    {
        var pascal = Pascal(text);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>The first of <paramref name="start"/>, then start2, start3… (<paramref name="separator"/> before the number) that <paramref name="isFree"/> accepts.</summary>
    public static string FirstFree(string start, Func<string, bool> isFree, string separator = "")
    {
        var candidate = start;
        for (var i = 2; !isFree(candidate); i++)
        {
            candidate = start + separator + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>A C# regular string literal with quotes; control characters and line separators escaped.</summary>
    public static string Literal(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case '\0': result.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    public static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
