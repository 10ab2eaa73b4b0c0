using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SystemDesign.Cli;

/// <summary>
/// The one way the tool writes JSON: two-space indentation, "\n" line ends and a final newline, non-ASCII text
/// unescaped, numbers in System.Text.Json's shortest round-trip form, so documents are byte-identical under any culture.
/// </summary>
internal static class JsonText
{
    public static string Write(JsonNode document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
