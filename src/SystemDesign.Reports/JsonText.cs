using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Reports;

/// <summary>
/// The text of every JSON document the reports and the tool print (the catalog's <see cref="JsonWriting"/>): two-space
/// indentation, "\n" line ends and a final newline, non-ASCII text unescaped, numbers in System.Text.Json's shortest
/// round-trip form, so documents are byte-identical under any culture.
/// </summary>
internal static class JsonText
{
    /// <summary>The document <paramref name="write"/> writes.</summary>
    public static string Write(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(JsonWriting.Write(write)) + "\n";

    /// <summary>A document built as nodes (the tool's catalog, grade and SARIF documents).</summary>
    public static string Write(JsonNode document) => Write(w => document.WriteTo(w));
}
