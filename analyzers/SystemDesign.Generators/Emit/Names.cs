using System.Text;
using SystemDesign.Catalog.Loading;
using SystemDesign.Shared;

namespace SystemDesign.Generators.Emit;

/// <summary>Identifiers, literals and XML text for generated code. Culture-invariant.</summary>
internal static class Names
{
    /// <summary>"tutorial-simple-blog" → "TutorialSimpleBlog", "app_capacity_per_instance" → "AppCapacityPerInstance".</summary>
    public static string Pascal(string text) => AsIdentifier(CSharpIdentifiers.Pascal(text));

    /// <summary>"T2", "Scale to 1,000 QPS" → "T2_Scale_to_1000_QPS": words joined by '_', other characters dropped.</summary>
    public static string Words(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var c in text)
        {
            if (CSharpIdentifiers.IsAsciiLetterOrDigit(c))
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
    public static string Literal(string text) => CSharpIdentifiers.Literal(text);

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
}
