namespace SystemDesign;

/// <summary>
/// A system design written as code. Implement <see cref="Describe"/> with builder calls whose values the compiler can
/// work out (constants, locals, <c>for</c>/<c>foreach</c> over constant ranges and arrays, helper methods of the design
/// class), so the analyzer can evaluate the design while you type.
/// </summary>
public interface IDesign
{
    /// <summary>Declares the design's components and connections on <paramref name="a"/>.</summary>
    /// <param name="a">The builder to declare on; it never throws, invalid values are reported by validation.</param>
    void Describe(ArchitectureBuilder a);
}
