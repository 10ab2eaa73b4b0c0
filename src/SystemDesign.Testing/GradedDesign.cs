using System;
using System.Reflection;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Testing;

/// <summary>One design type run and evaluated once; or why it could not be run.</summary>
internal sealed class GradedDesign
{
    private GradedDesign(Type type, Architecture? architecture, Evaluation? evaluation, string? loadError)
    {
        Type = type;
        Architecture = architecture;
        Evaluation = evaluation;
        LoadError = loadError;
    }

    /// <summary>The design class.</summary>
    public Type Type { get; }

    /// <summary>The class name, as reports print it.</summary>
    public string Name => Type.Name;

    /// <summary>The model the design describes; null when it could not be run.</summary>
    public Architecture? Architecture { get; }

    /// <summary>The engine's grade; null when the design could not be run.</summary>
    public Evaluation? Evaluation { get; }

    /// <summary>Why the design could not be run (not an <see cref="IDesign"/>, no <see cref="DesignAttribute"/>...), or null.</summary>
    public string? LoadError { get; }

    /// <summary>Runs and evaluates <paramref name="type"/>; a type that cannot be run becomes a <see cref="LoadError"/>.</summary>
    public static GradedDesign Load(Type type)
    {
        var name = type.FullName ?? type.Name;
        if (!typeof(IDesign).IsAssignableFrom(type))
        {
            return Failed(type, $"{name} does not implement SystemDesign.IDesign, so it cannot be graded. Implement IDesign.Describe(ArchitectureBuilder).");
        }

        if (type.IsAbstract || type.ContainsGenericParameters)
        {
            return Failed(type, $"{name} is abstract or generic, so it cannot be created and graded. Grade a concrete design class.");
        }

        var problemId = DesignRunner.GetProblemId(type);
        if (string.IsNullOrWhiteSpace(problemId))
        {
            return Failed(type, $"{name} has no [Design(\"problem-id\")] attribute naming the catalog problem it answers; 'sysdesign problems' lists the ids.");
        }

        IDesign design;
        try
        {
            design = (IDesign)Activator.CreateInstance(type, nonPublic: true)!;
        }
        catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException or MemberAccessException)
        {
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            return Failed(type, $"{name} could not be created: {cause.GetType().Name}: {cause.Message} Give it a parameterless constructor that does not throw.");
        }

        var architecture = Architecture.From(design);
        return new GradedDesign(type, architecture, Grader.Grade(problemId!, architecture), null);
    }

    private static GradedDesign Failed(Type type, string error) => new(type, null, null, error);
}
