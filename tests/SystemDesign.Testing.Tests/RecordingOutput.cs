using System.Collections.Generic;
using Xunit.Abstractions;

namespace SystemDesign.Testing.Tests;

/// <summary>Collects what the grader writes to the test output.</summary>
internal sealed class RecordingOutput : ITestOutputHelper
{
    public List<string> Lines { get; } = [];

    public string Text => string.Join("\n", Lines);

    public void WriteLine(string message) => Lines.Add(message);

    public void WriteLine(string format, params object[] args) => Lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
