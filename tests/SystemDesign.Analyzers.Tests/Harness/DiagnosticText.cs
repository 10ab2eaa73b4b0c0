using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SystemDesign.Analyzers.Tests.Harness;

/// <summary>
/// Everything a user or a code fix sees of a diagnostic (id, severity, file, span, message, properties) as one line,
/// in a stable order, so two runs can be compared for equality with a readable difference.
/// </summary>
public static class DiagnosticText
{
    public static string[] Of(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(Line).OrderBy(l => l, StringComparer.Ordinal).ToArray();

    private static string Line(Diagnostic d) => string.Join(
        " | ",
        d.Id,
        d.Severity.ToString(),
        d.Location.SourceTree?.FilePath ?? "(no file)",
        d.Location.SourceSpan.ToString(),
        d.GetMessage(CultureInfo.InvariantCulture),
        string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
}
