using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// <c>grade --run</c>: compiles a project's compilation (the one the workspace already made) to an in-memory assembly,
/// loads it in a collectible <see cref="AssemblyLoadContext"/> and runs a design's constructor and <c>Describe</c> to
/// get its architecture. This <b>executes the submission's code</b>; static grading never calls it. The SystemDesign
/// API and the framework resolve to the tool's own copies, so the design's <see cref="IDesign"/> is the tool's.
/// </summary>
internal sealed class SubmissionRunner : IDisposable
{
    private readonly Compilation compilation;
    private readonly string projectName;
    private SubmissionContext? context;
    private Assembly? assembly;

    public SubmissionRunner(Compilation compilation, string projectName)
    {
        this.compilation = compilation;
        this.projectName = projectName;
    }

    /// <summary>The architecture <paramref name="type"/>'s <c>Describe</c> builds; a failure is a <see cref="GradeException"/> naming the design.</summary>
    public Architecture Run(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var loaded = assembly ??= Load(cancellationToken);
        var name = type.ToDisplayString();
        var runtimeType = loaded.GetType(MetadataName(type), throwOnError: false)
            ?? throw new GradeException($"{name}: --run built {projectName} but found no type {MetadataName(type)} in it.");
        object instance;
        try
        {
            instance = Activator.CreateInstance(runtimeType, nonPublic: true)!;
        }
        catch (Exception e) when (e is MissingMethodException or TargetInvocationException or MemberAccessException)
        {
            throw new GradeException($"{name} could not be created with --run: {Cause(e)} Give it a parameterless constructor that does not throw.");
        }

        if (instance is not IDesign design)
        {
            throw new GradeException($"{name} does not implement the tool's SystemDesign.IDesign when run (its SystemDesign reference is not the API the tool grades with).");
        }

        // Not Architecture.From: it turns a throw into an SD0009 finding and grades what was declared before it; the
        // tool says instead that the run failed, so a half-built design is never graded.
        var builder = new ArchitectureBuilder(DesignRunner.GetProblemId(runtimeType));
        try
        {
            design.Describe(builder);
            return builder.Build();
        }
#pragma warning disable CA1031 // whatever the submission throws becomes one line naming the design
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw new GradeException($"{name}.Describe threw when run with --run: {Cause(e)} Fix the design, or grade it without --run.");
        }
    }

    public void Dispose()
    {
        assembly = null;
        context?.Unload();
        context = null;
    }

    private Assembly Load(CancellationToken cancellationToken)
    {
        context = new SubmissionContext(compilation, cancellationToken);
        return context.LoadCompilation(compilation, cancellationToken)
            ?? throw new GradeException($"--run could not build {projectName} in memory: {context.EmitError}");
    }

    // Nested types are Outer+Inner at run time.
    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName
        : type.MetadataName;

    private static string Cause(Exception e)
    {
        var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
        var message = string.Join(" ", cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return cause.GetType().Name + ": " + message.TrimEnd('.') + ".";
    }

    /// <summary>
    /// Loads the submission and the libraries it references that the tool does not carry; everything the tool has
    /// (framework, SystemDesign, its dependencies) falls back to the default context.
    /// </summary>
    private sealed class SubmissionContext : AssemblyLoadContext
    {
        private static readonly HashSet<string> Shared = SharedNames();
        private readonly Dictionary<string, MetadataReference> references = new(StringComparer.OrdinalIgnoreCase);
        private readonly CancellationToken cancellationToken;

        public SubmissionContext(Compilation compilation, CancellationToken cancellationToken)
            : base("sysdesign --run", isCollectible: true)
        {
            this.cancellationToken = cancellationToken;
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol symbol)
                {
                    references.TryAdd(symbol.Identity.Name, reference);
                }
            }
        }

        public string EmitError { get; private set; } = string.Empty;

        public Assembly? LoadCompilation(Compilation compilation, CancellationToken token)
        {
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image, cancellationToken: token);
            if (!emitted.Success)
            {
                EmitError = emitted.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString() ?? "the compiler gave no reason";
                return null;
            }

            image.Position = 0;
            return LoadFromStream(image);
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is not { } name || Shared.Contains(name) || !references.TryGetValue(name, out var reference))
            {
                return null;
            }

            return reference switch
            {
                CompilationReference project => LoadCompilation(project.Compilation, cancellationToken),
                PortableExecutableReference { FilePath: { } path } when File.Exists(path) => LoadFromAssemblyPath(path),
                _ => null,
            };
        }

        private static HashSet<string> SharedNames()
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var platform = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (var path in platform.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }

            foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }

            return names;
        }
    }
}
