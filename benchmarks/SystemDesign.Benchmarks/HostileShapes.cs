using System;
using System.Globalization;
using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Benchmarks;

/// <summary>
/// The shapes a fuzzing pass found slow (issue 13): not the balanced tiers of <see cref="Designs.Scaled"/> but rings,
/// stars of caches, disconnected parts, self-loops, duplicate names and a fan-in of many clients. Each has about
/// <c>components</c> components.
/// </summary>
public static class HostileShapes
{
    public enum Shape
    {
        /// <summary>Users → A0 → A1 → … → A(n−1) → A0: one cycle through every app.</summary>
        Ring,

        /// <summary>n/2 separate client → app pairs: as many entry points as parts.</summary>
        Disconnected,

        /// <summary>One app reading through n caches, each in front of the same primary.</summary>
        CacheStar,

        /// <summary>A chain of apps, each also connected to itself.</summary>
        SelfLoops,

        /// <summary>n apps all named "App" behind one client.</summary>
        DuplicateNames,

        /// <summary>n clients calling one app.</summary>
        FanIn,
    }

    public static Architecture Build(Shape shape, int components) => shape switch
    {
        Shape.Ring => Ring(components),
        Shape.Disconnected => Disconnected(components / 2),
        Shape.CacheStar => CacheStar(components),
        Shape.SelfLoops => SelfLoops(components),
        Shape.DuplicateNames => DuplicateNames(components),
        Shape.FanIn => FanIn(components),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "not a shape"),
    };

    private static string Name(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);

    private static Architecture Ring(int n) => new(
        Designs.TieredProblem,
        [new Component("Users", ComponentTypes.Client), .. Enumerable.Range(0, n).Select(i => new Component(Name("A", i), ComponentTypes.App))],
        [new Connection("Users", "A0", ConnectionKind.Calls), .. Enumerable.Range(0, n).Select(i => new Connection(Name("A", i), Name("A", (i + 1) % n), ConnectionKind.Calls))]);

    private static Architecture Disconnected(int parts) => new(
        Designs.TieredProblem,
        Enumerable.Range(0, parts).SelectMany(i => new[] { new Component(Name("U", i), ComponentTypes.Client), new Component(Name("A", i), ComponentTypes.App) }),
        Enumerable.Range(0, parts).Select(i => new Connection(Name("U", i), Name("A", i), ConnectionKind.Calls)));

    private static Architecture CacheStar(int n) => new(
        Designs.TieredProblem,
        [
            new Component("Users", ComponentTypes.Client), new Component("App", ComponentTypes.App) { Instances = 100 },
            new Component("DB", ComponentTypes.DbPrimary), .. Enumerable.Range(0, n).Select(i => new Component(Name("C", i), ComponentTypes.Cache)),
        ],
        [
            new Connection("Users", "App", ConnectionKind.Calls), new Connection("App", "DB", ConnectionKind.Writes),
            .. Enumerable.Range(0, n).SelectMany(i => new[] { new Connection("App", Name("C", i), ConnectionKind.Reads), new Connection(Name("C", i), "DB", ConnectionKind.Reads) }),
        ]);

    private static Architecture SelfLoops(int n) => new(
        Designs.TieredProblem,
        [new Component("Users", ComponentTypes.Client), .. Enumerable.Range(0, n).Select(i => new Component(Name("A", i), ComponentTypes.App))],
        Enumerable.Range(0, n).SelectMany(i => new[]
        {
            new Connection(i == 0 ? "Users" : Name("A", i - 1), Name("A", i), ConnectionKind.Calls),
            new Connection(Name("A", i), Name("A", i), ConnectionKind.Calls),
        }));

    private static Architecture DuplicateNames(int n) => new(
        Designs.TieredProblem,
        [new Component("Users", ComponentTypes.Client), .. Enumerable.Range(0, n).Select(_ => new Component("App", ComponentTypes.App))],
        [new Connection("Users", "App", ConnectionKind.Calls)]);

    private static Architecture FanIn(int n) => new(
        Designs.TieredProblem,
        [.. Enumerable.Range(0, n).Select(i => new Component(Name("U", i), ComponentTypes.Client)), new Component("App", ComponentTypes.App) { Instances = 100 }],
        Enumerable.Range(0, n).Select(i => new Connection(Name("U", i), "App", ConnectionKind.Calls)));
}
