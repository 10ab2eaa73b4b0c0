namespace SystemDesign.Generators.Models;

/// <summary>A [Design] class as the generator needs it: names only, no symbols.</summary>
/// <param name="Namespace">The design's namespace; empty for the global namespace.</param>
/// <param name="Name">The class name; nested classes are joined with '_' (Outer_Inner).</param>
/// <param name="FullyQualifiedName">The name to write in generated code, e.g. <c>global::Samples.PersonalBlog</c>.</param>
/// <param name="MetadataName">The metadata name (Outer+Inner), unique in the compilation; used for hint names.</param>
/// <param name="ProblemId">The catalog problem id of its [Design] attribute.</param>
/// <param name="GradingNamespace">
/// Where its grading tests go: <c>&lt;Namespace&gt;.Grading</c>, or <c>Grading1</c>, <c>Grading2</c>... when the design's
/// namespace already has a type of that name. Empty means the default.
/// </param>
internal sealed record DesignModel(string Namespace, string Name, string FullyQualifiedName, string MetadataName, string ProblemId, string GradingNamespace = "");
