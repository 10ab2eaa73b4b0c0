using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// The array shapes every JSON file of ours is made of (catalog problems, evaluation reports), written one way: an
/// array of objects whose members a callback writes, and an array of strings.
/// </summary>
public static class JsonWriting
{
    /// <summary>Writes <c>"name": [ { ... }, ... ]</c>, one object per item; <paramref name="members"/> writes its members.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The property name.</param>
    /// <param name="items">The items, in the order to write.</param>
    /// <param name="members">Writes one item's members (the braces are written here).</param>
    public static void WriteObjects<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        if (writer is null || items is null || members is null)
        {
            throw new ArgumentNullException(writer is null ? nameof(writer) : items is null ? nameof(items) : nameof(members));
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            members(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name": [ "a", "b" ]</c>.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The strings, in the order to write.</param>
    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        if (writer is null || values is null)
        {
            throw new ArgumentNullException(writer is null ? nameof(writer) : nameof(values));
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
