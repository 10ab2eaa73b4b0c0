using System.Collections.Generic;
using CsCheck;

namespace SystemDesign.TestSupport;

/// <summary>
/// Samples of a CsCheck generator from a fixed seed: the same inputs on every run and machine, so a property or fuzz
/// test that fails once fails again, and its sample index names the input. (CsCheck's <c>Sample</c> seeds only its
/// first iteration.) Linked into the test projects that reference CsCheck.
/// </summary>
internal static class Seeded
{
    public static IEnumerable<T> Samples<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(14, seed);
        for (var i = 0; i < count; i++)
        {
            yield return gen.Generate(pcg, null, out _);
        }
    }
}
