using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Generators.Emit;
using SystemDesign.Generators.Models;

namespace SystemDesign.Generators;

/// <summary>
/// For every <c>[Design("id")]</c> class: xunit grading tests (<c>&lt;Namespace&gt;.Grading.&lt;Design&gt;_Grading</c>) when
/// the compilation references SystemDesign.Testing and xunit, and the typed problem surface
/// (<c>SystemDesign.Problems.&lt;PascalCaseId&gt;</c>) for the problems the designs of this compilation name — only
/// those, so a compilation pays for the problems it uses. Unknown ids generate nothing (the analyzer reports SD0019).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DesignGenerator : IIncrementalGenerator
{
    internal const string DesignAttribute = "SystemDesign.DesignAttribute";
    internal const string GradeAssemblyAttribute = "SystemDesign.Testing.GradeDesignsInAssemblyOfAttribute";
    internal const string GraderMarker = "SystemDesign.Testing.DesignGrader";
    internal const string FactAttribute = "Xunit.FactAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var designs = context.SyntaxProvider
            .ForAttributeWithMetadataName(DesignAttribute, static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax, static (ctx, _) => Design(ctx))
            .Where(static d => d is not null)
            .Select(static (d, _) => d!)
            .WithTrackingName(TrackingNames.Designs);

        var referencedDesigns = context.SyntaxProvider
            .ForAttributeWithMetadataName(GradeAssemblyAttribute, static (node, _) => node is CompilationUnitSyntax, static (ctx, ct) => ReferencedDesigns(ctx, ct))
            .WithTrackingName(TrackingNames.ReferencedDesigns)
            .Collect()
            .Select(static (all, _) => new EquatableArray<DesignModel>(all.SelectMany(a => a).GroupBy(d => d.MetadataName, System.StringComparer.Ordinal).Select(g => g.First()).OrderBy(d => d.MetadataName, System.StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.AllReferencedDesigns)
            .SelectMany(static (all, _) => all.ToImmutableArray())
            .WithTrackingName(TrackingNames.ReferencedDesign);

        var canGrade = context.CompilationProvider
            .Select(static (c, _) => c.GetTypeByMetadataName(GraderMarker) is not null && c.GetTypeByMetadataName(FactAttribute) is not null)
            .WithTrackingName(TrackingNames.CanGrade);

        var gradings = new[] { designs, referencedDesigns }
            .Select(source => source.Select(static (d, _) => CatalogModels.Grading(d)).WithTrackingName(TrackingNames.Grading))
            .ToArray();

        // Clashing grading files are rare (case twins, Outer.Blog beside Outer_Blog) but must not fail the generator:
        // find them across all designs; an unrelated edit leaves this set equal, so nothing downstream re-runs.
        var clashes = gradings[0].Collect().Combine(gradings[1].Collect())
            .Select(static (all, _) => new EquatableArray<string>(all.Left.Concat(all.Right)
                .Where(m => m is not null)
                .GroupBy(m => CatalogModels.ClashKey(m!), System.StringComparer.Ordinal)
                .Where(g => g.Select(m => m!.DesignType).Distinct(System.StringComparer.Ordinal).Count() > 1)
                .Select(g => g.Key)
                .OrderBy(k => k, System.StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.ClashingGradings);

        foreach (var grading in gradings)
        {
            context.RegisterSourceOutput(grading.Combine(canGrade).Combine(clashes), static (spc, input) =>
            {
                if (input.Left.Left is { } model && input.Left.Right)
                {
                    var distinct = input.Right.Contains(CatalogModels.ClashKey(model)) ? CatalogModels.Distinct(model) : model;
                    spc.AddSource(distinct.HintName, GradingEmitter.Emit(distinct));
                }
            });
        }

        var problems = designs
            .Select(static (d, _) => d.ProblemId)
            .Collect()
            .Select(static (ids, _) => new EquatableArray<string>(ids.Distinct(System.StringComparer.Ordinal).OrderBy(id => id, System.StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.ProblemIds)
            .SelectMany(static (ids, _) => ids.ToImmutableArray())
            .Select(static (id, _) => CatalogModels.Problem(id))
            .WithTrackingName(TrackingNames.Problems);
        // A type the project already declares in SystemDesign.Problems (a design named after its problem, say) keeps
        // its name; the generated surface for that problem is left out rather than declared twice.
        var takenProblemNames = context.CompilationProvider
            .Select(static (c, _) => new EquatableArray<string>(ProblemsNamespace(c)?.GetTypeMembers().Select(t => t.Name).Distinct(System.StringComparer.Ordinal).OrderBy(n => n, System.StringComparer.Ordinal) ?? Enumerable.Empty<string>()))
            .WithTrackingName(TrackingNames.TakenProblemNames);
        context.RegisterSourceOutput(problems.Combine(takenProblemNames), static (spc, pair) =>
        {
            if (pair.Left is { } model && !pair.Right.Contains(model.ClassName))
            {
                spc.AddSource(CatalogModels.HintName(ProblemEmitter.Namespace + "." + model.ClassName), ProblemEmitter.Emit(model));
            }
        });
    }

    private static INamespaceSymbol? ProblemsNamespace(Compilation compilation)
    {
        INamespaceSymbol? ns = compilation.GlobalNamespace;
        foreach (var part in ProblemEmitter.Namespace.Split('.'))
        {
            ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
        }

        return ns;
    }

    // The only place symbols are read for local designs; the model holds strings.
    private static DesignModel? Design(GeneratorAttributeSyntaxContext ctx) =>
        ctx.TargetSymbol is INamedTypeSymbol { TypeKind: TypeKind.Class } type && ctx.Attributes.Length > 0
            ? Model(type, ctx.Attributes[0], ctx.SemanticModel.Compilation)
            : null;

    private static EquatableArray<DesignModel> ReferencedDesigns(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
    {
        var compilation = ctx.SemanticModel.Compilation;
        var designAttribute = compilation.GetTypeByMetadataName(DesignAttribute);
        if (designAttribute is null)
        {
            return EquatableArray<DesignModel>.Empty;
        }

        var found = new List<DesignModel>();
        var assemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var attribute in ctx.Attributes)
        {
            if (attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is ITypeSymbol { ContainingAssembly: { } assembly }
                && !SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly)
                && assemblies.Add(assembly))
            {
                Scan(assembly.GlobalNamespace, designAttribute, compilation, found, ct);
            }
        }

        return new EquatableArray<DesignModel>(found);
    }

    // Namespaces and nested types as deep as a referenced assembly has them: an explicit stack, not recursion, so
    // no depth of nesting can exhaust the compiler's stack (issue 14). Members are pushed in reverse to visit them
    // in declaration order, as the recursion did.
    private static void Scan(INamespaceOrTypeSymbol root, INamedTypeSymbol designAttribute, Compilation compilation, List<DesignModel> found, CancellationToken ct)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var container = pending.Pop();
            if (container is INamedTypeSymbol type)
            {
                if (!compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    continue; // nor are its nested types
                }

                var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, designAttribute));
                if (attribute is not null && Model(type, attribute, compilation) is { } model)
                {
                    found.Add(model);
                }
            }

            var members = container.GetMembers();
            for (var i = members.Length - 1; i >= 0; i--)
            {
                if (members[i] is INamespaceSymbol or INamedTypeSymbol { TypeKind: TypeKind.Class })
                {
                    pending.Push((INamespaceOrTypeSymbol)members[i]);
                }
            }
        }
    }

    private static DesignModel? Model(INamedTypeSymbol type, AttributeData attribute, Compilation compilation)
    {
        if (attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Value is not string problemId
            || problemId.Length == 0
            || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return null;
        }

        var names = new List<string>();
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.IsFileLocal || t.IsGenericType)
            {
                return null; // generated code lives in another file and cannot name it, nor typeof an open generic
            }

            names.Insert(0, t.Name);
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        return new DesignModel(
            ns,
            string.Join("_", names),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            (ns.Length == 0 ? string.Empty : ns + ".") + string.Join("+", names),
            problemId,
            GradingNamespace(compilation.GetCompilationNamespace(type.ContainingNamespace) ?? type.ContainingNamespace));
    }

    /// <summary>"Grading", unless the design's namespace has a type of that name (then Grading1, Grading2...).</summary>
    private static string GradingNamespace(INamespaceSymbol container)
    {
        var name = "Grading";
        for (var i = 1; container.GetMembers(name).OfType<INamedTypeSymbol>().Any(); i++)
        {
            name = "Grading" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
