using System;
using System.IO;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// One status line on standard error, rewritten in place, while projects load and designs are graded. Shown only
/// when both streams are a terminal: a redirected run (CI, a script, a test) gets the report and nothing else.
/// </summary>
internal sealed class Progress
{
    private readonly TextWriter? writer;
    private int shown;

    private Progress(TextWriter? writer) => this.writer = writer;

    public static Progress For(TextWriter error) =>
        new(Console.IsOutputRedirected || Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error) ? null : error);

    public void Report(string status)
    {
        if (writer is null)
        {
            return;
        }

        var line = status.Length > 78 ? status[..77] + "…" : status;
        writer.Write("\r" + line.PadRight(shown));
        shown = line.Length;
    }

    public void Clear()
    {
        if (writer is null || shown == 0)
        {
            return;
        }

        writer.Write("\r" + new string(' ', shown) + "\r");
        shown = 0;
    }
}
