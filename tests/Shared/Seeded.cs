using System.Collections.Generic;
using CsCheck;

namespace SystemDesign.TestSupport;

/// <summary>
/// A fixed list of cases from a CsCheck generator and a seed: the same cases on every run and machine, so a fuzz
/// test is a regression test too, and a failure names the case that reproduces it. The cases are drawn up front so a
/// test can put them all in one compilation (one compilation of forty designs costs about what one of a single design does).
/// </summary>
internal static class Seeded
{
    public static IReadOnlyList<T> Cases<T>(Gen<T> gen, ulong seed, int count)
    {
        var random = new PCG(1, seed);
        var cases = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            cases.Add(gen.Generate(random, null, out _));
        }

        return cases;
    }
}
