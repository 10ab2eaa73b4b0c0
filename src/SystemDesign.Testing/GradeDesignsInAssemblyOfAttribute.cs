using System;

namespace SystemDesign.Testing;

/// <summary>
/// Asks the SystemDesign generator to emit grading tests for every <see cref="DesignAttribute"/> class in another
/// assembly: the assembly that declares <see cref="TypeInAssembly"/>. Designs declared in the test project itself
/// need no attribute; they are graded as soon as the project references SystemDesign.Testing and xunit.
/// </summary>
/// <example><code>
/// [assembly: GradeDesignsInAssemblyOf(typeof(MyCompany.Designs.PersonalBlog))]
/// // generates MyCompany.Designs.Grading.PersonalBlog_Grading and one class per other design of that assembly
/// </code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class GradeDesignsInAssemblyOfAttribute : Attribute
{
    /// <summary>Grades the public design classes of the assembly that declares <paramref name="typeInAssembly"/>.</summary>
    /// <param name="typeInAssembly">Any type of that assembly, usually one of its designs.</param>
    public GradeDesignsInAssemblyOfAttribute(Type typeInAssembly) => TypeInAssembly = typeInAssembly;

    /// <summary>A type of the assembly whose designs are graded.</summary>
    public Type TypeInAssembly { get; }
}
