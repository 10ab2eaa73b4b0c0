using System;

namespace SystemDesign.Cli;

/// <summary>Entry point of <c>sysdesign</c>. Exit codes: 0 success, 1 a graded failure, 2 bad usage or input.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CommandLine.Run(args, Console.Out, Console.Error);
    }
}
