using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SystemDesign.Reports;

/// <summary>
/// A minimal indented JSON writer (RFC 8259) so the engine needs no JSON library inside the compiler:
/// two-space indentation, <c>"\n"</c> newlines, numbers in shortest round-trip form with the invariant culture.
/// The caller is responsible for well-formed nesting; property order is the order of the calls.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder output = new();

    // One entry per open object or array: true once it has a member, so the next one is preceded by a comma.
    private readonly Stack<bool> hasMembers = new();
    private bool afterPropertyName;

    public void StartObject() => Open('{');

    public void EndObject() => Close('}');

    public void StartArray() => Open('[');

    public void EndArray() => Close(']');

    public void Property(string name)
    {
        BeginValue();
        WriteString(name);
        output.Append(": ");
        afterPropertyName = true;
    }

    public void String(string? value)
    {
        BeginValue();
        if (value is null)
        {
            output.Append("null");
        }
        else
        {
            WriteString(value);
        }
    }

    /// <summary>Shortest round-trip text; ±∞ and NaN, which JSON cannot express as numbers, become strings.</summary>
    public void Number(double? value)
    {
        BeginValue();
        if (value is not { } v)
        {
            output.Append("null");
        }
        else if (double.IsPositiveInfinity(v))
        {
            output.Append("\"Infinity\"");
        }
        else if (double.IsNegativeInfinity(v))
        {
            output.Append("\"-Infinity\"");
        }
        else if (double.IsNaN(v))
        {
            output.Append("\"NaN\"");
        }
        else
        {
            output.Append(v.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    public void Number(long? value)
    {
        BeginValue();
        output.Append(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null");
    }

    public void Boolean(bool? value)
    {
        BeginValue();
        output.Append(value switch { true => "true", false => "false", null => "null" });
    }

    public void Null()
    {
        BeginValue();
        output.Append("null");
    }

    public void String(string name, string? value)
    {
        Property(name);
        String(value);
    }

    public void Number(string name, double? value)
    {
        Property(name);
        Number(value);
    }

    public void Number(string name, long? value)
    {
        Property(name);
        Number(value);
    }

    public void Boolean(string name, bool? value)
    {
        Property(name);
        Boolean(value);
    }

    /// <summary>The document with its final newline.</summary>
    public override string ToString() => output.ToString() + "\n";

    private void Open(char bracket)
    {
        BeginValue();
        output.Append(bracket);
        hasMembers.Push(false);
    }

    private void Close(char bracket)
    {
        bool any = hasMembers.Pop();
        if (any)
        {
            NewLine();
        }

        output.Append(bracket);
    }

    // Places the comma and line break before a value, unless it follows its property name.
    private void BeginValue()
    {
        if (afterPropertyName)
        {
            afterPropertyName = false;
            return;
        }

        if (hasMembers.Count == 0)
        {
            return;
        }

        if (hasMembers.Pop())
        {
            output.Append(',');
        }

        hasMembers.Push(true);
        NewLine();
    }

    private void NewLine() => output.Append('\n').Append(' ', 2 * hasMembers.Count);

    private void WriteString(string value)
    {
        output.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                default:
                    // Other control characters must be escaped (RFC 8259 §7); U+2028/U+2029 are escaped for
                    // JavaScript consumers. A lone surrogate has no UTF-8 encoding and parsers reject it even
                    // escaped, so it becomes U+FFFD, as a UTF-8 encoder would write it.
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (IsLoneSurrogate(value, i))
                    {
                        output.Append('\ufffd');
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }

    private static bool IsLoneSurrogate(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
    }
}
