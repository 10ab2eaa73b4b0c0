using System.Globalization;
using System.Text;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Generators.Emit;

/// <summary>Identifiers, literals and XML text for generated code. Culture-invariant.</summary>
internal static class Names
{
    /// <summary>"tutorial-simple-blog" → "TutorialSimpleBlog", "app_capacity_per_instance" → "AppCapacityPerInstance".</summary>
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

        return AsIdentifier(result.ToString());
    }

    /// <summary>"T2", "Scale to 1,000 QPS" → "T2_Scale_to_1000_QPS": words joined by '_', other characters dropped.</summary>
    public static string Words(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var c in text)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                if (pendingSeparator && result.Length > 0)
                {
                    result.Append('_');
                }

                result.Append(c);
                pendingSeparator = false;
            }
            else if (c is ' ' or '-' or '_' or '/' or '.' or ':')
            {
                pendingSeparator = true;
            }
        }

        return AsIdentifier(result.ToString());
    }

    /// <summary>A C# regular string literal with quotes.</summary>
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

    /// <summary>A double as a C# literal that round-trips: 150 → "150", 0.33 → "0.33", 1E+15 → "1E+15".</summary>
    public static string Literal(double value) => CatalogNumber.Exact(value);

    /// <summary>A number as people read it: 1000 → "1,000", 0.999 → "0.999".</summary>
    public static string Readable(double value) => CatalogNumber.Decimals(value, 6, grouped: true);

    /// <summary>Text for an XML doc comment: &amp;, &lt; and &gt; escaped, line breaks as spaces.</summary>
    public static string Xml(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '\r': break;
                case '\n': result.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    private static string AsIdentifier(string name) =>
        name.Length == 0 ? "_" : char.IsDigit(name[0]) ? "_" + name : name;

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
