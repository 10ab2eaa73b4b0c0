namespace SystemDesign.Generators;

/// <summary>The names of the pipeline steps, so tests can assert each one is cached after an unrelated edit.</summary>
internal static class TrackingNames
{
    /// <summary>[Design] classes of this compilation → <see cref="Models.DesignModel"/>.</summary>
    public const string Designs = nameof(Designs);

    /// <summary>[assembly: GradeDesignsInAssemblyOf(...)] → the designs of those referenced assemblies.</summary>
    public const string ReferencedDesigns = nameof(ReferencedDesigns);

    /// <summary>The referenced designs, all attributes together, de-duplicated and ordered.</summary>
    public const string AllReferencedDesigns = nameof(AllReferencedDesigns);

    /// <summary>One referenced design.</summary>
    public const string ReferencedDesign = nameof(ReferencedDesign);

    /// <summary>Whether the compilation references SystemDesign.Testing and xunit.</summary>
    public const string CanGrade = nameof(CanGrade);

    /// <summary>A design (local or referenced) → its grading tests, from the catalog.</summary>
    public const string Grading = nameof(Grading);

    /// <summary>The distinct problem ids the local designs name, ordinal order.</summary>
    public const string ProblemIds = nameof(ProblemIds);

    /// <summary>One problem id → its typed surface, from the catalog.</summary>
    public const string Problems = nameof(Problems);

    /// <summary>The type names the project already has in SystemDesign.Problems (their surfaces are not generated).</summary>
    public const string TakenProblemNames = nameof(TakenProblemNames);

    /// <summary>The grading files whose names clash (case twins, Outer.Blog beside Outer_Blog); they get distinct names.</summary>
    public const string ClashingGradings = nameof(ClashingGradings);
}
