namespace SystemDesign.Generators.Models;

/// <summary>A [Design] class as the generator needs it: names only, no symbols.</summary>
/// <param name="Namespace">The design's namespace; empty for the global namespace.</param>
/// <param name="Name">The class name; nested classes are joined with '_' (Outer_Inner).</param>
/// <param name="FullyQualifiedName">The name to write in generated code, e.g. <c>global::Samples.PersonalBlog</c>.</param>
/// <param name="MetadataName">The metadata name (Outer+Inner), unique in the compilation; used for hint names.</param>
/// <param name="ProblemId">The catalog problem id of its [Design] attribute.</param>
internal sealed record DesignModel(string Namespace, string Name, string FullyQualifiedName, string MetadataName, string ProblemId);
