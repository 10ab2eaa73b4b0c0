using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// A JSON element that knows its file and path, so every read that fails can say exactly where
/// and what it expected. Thin on purpose: the catalog format is small and read by hand.
/// </summary>
internal readonly struct JsonNode
{
    private readonly JsonElement element;

    public JsonNode(string file, string path, JsonElement element)
    {
        File = file;
        Path = path;
        this.element = element;
    }

    public string File { get; }

    public string Path { get; }

    public JsonValueKind ValueKind => element.ValueKind;

    public CatalogFormatException Error(string expected) => new(File, Path, expected);

    public JsonNode Required(string name)
    {
        RequireObject();
        if (!element.TryGetProperty(name, out var value))
        {
            throw new CatalogFormatException(File, Path + "." + name, "a value (the field is missing)");
        }

        return new JsonNode(File, Path + "." + name, value);
    }

    public JsonNode? Optional(string name)
    {
        RequireObject();
        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonNode(File, Path + "." + name, value)
            : null;
    }

    public string String()
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error("a string");
        }

        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") parses but cannot become text.
            throw Error("a string of valid Unicode (a lone surrogate escape cannot be read)");
        }
    }

    public string NonEmptyString()
    {
        var s = String();
        return s.Trim().Length > 0 ? s : throw Error("a non-empty string");
    }

    public double Number()
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var d) || double.IsNaN(d) || double.IsInfinity(d))
        {
            throw Error("a finite number");
        }

        return d;
    }

    /// <summary>A finite number inside <paramref name="range"/>.</summary>
    public double Number(ValueRange range)
    {
        var d = Number();
        return range.Contains(d) ? d : throw Error(range.Expected);
    }

    public int Int32() =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i) ? i : throw Error("a whole number");

    public bool Boolean() => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error("true or false"),
    };

    public string RequiredString(string name) => Required(name).String();

    public string? OptionalString(string name) => Optional(name)?.String();

    public IReadOnlyList<T> Array<T>(string name, Func<JsonNode, T> read) => Required(name).Items(read);

    public IReadOnlyList<T> Items<T>(Func<JsonNode, T> read)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Error("an array");
        }

        var result = new List<T>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            result.Add(read(new JsonNode(File, Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", item)));
            index++;
        }

        return result;
    }

    public IEnumerable<KeyValuePair<string, JsonNode>> Properties()
    {
        RequireObject();
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                throw Error("property names of valid Unicode (a lone surrogate escape cannot be read)");
            }

            yield return new KeyValuePair<string, JsonNode>(name, new JsonNode(File, Path + "." + name, property.Value));
        }
    }

    private void RequireObject()
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error("an object");
        }
    }
}
