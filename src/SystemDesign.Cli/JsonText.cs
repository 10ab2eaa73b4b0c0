using System.Text;
using System.Text.Json.Nodes;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Cli;

/// <summary>
/// The one way the tool writes JSON (the catalog's <see cref="JsonWriting"/>): two-space indentation, "\n" line ends
/// and a final newline, non-ASCII text unescaped, numbers in System.Text.Json's shortest round-trip form, so documents are byte-identical under any culture.
/// </summary>
internal static class JsonText
{
    public static string Write(JsonNode document)
    {
        return Encoding.UTF8.GetString(JsonWriting.Write(w => document.WriteTo(w))) + "\n";
    }
}
