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
    /// <summary>
    /// The one way every JSON file of ours is written: indented, with <see cref="ReadableJsonEncoder"/>'s escaping (names
    /// in any script and emoji as written, only what RFC 8259 requires escaped). <see cref="Write"/> adds the "\n" line
    /// ends that System.Text.Json 8 on netstandard2.0 cannot be asked for.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = ReadableJsonEncoder.Instance };

    /// <summary>A document <paramref name="write"/> writes with <see cref="Options"/>, as UTF-8 with "\n" line ends and no final newline.</summary>
    /// <param name="write">Writes the document.</param>
    /// <returns>The bytes, the same on every machine.</returns>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        if (write is null)
        {
            throw new ArgumentNullException(nameof(write));
        }

        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        // The writer indents with the platform's newline. A carriage return inside a string is always escaped, so every
        // raw CR is indentation: dropping them gives "\n" everywhere.
        return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(stream.ToArray(), b => b != (byte)'\r'));
    }

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

    /// <summary>Writes <c>"name": [ { "first": ..., "second": ... }, ... ]</c>: objects of two strings, such as a correction's field and reason.</summary>
    internal static void WriteStringPairs<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, string first, Func<T, string?> firstOf, string second, Func<T, string?> secondOf) =>
        writer.WriteObjects(name, items, (w, item) =>
        {
            w.WriteString(first, firstOf(item));
            w.WriteString(second, secondOf(item));
        });

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
