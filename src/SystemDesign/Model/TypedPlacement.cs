namespace SystemDesign.Model;

/// <summary>
/// One typed builder method (<see cref="ComponentTypes.Typed"/>): the type it places, and the name and the local
/// variable a suggestion or a code fix gives a new component of that type, e.g. <c>var cache = a.Cache("Cache");</c>.
/// </summary>
/// <param name="Type">The component type, e.g. <see cref="ComponentTypes.Cache"/>.</param>
/// <param name="Method">The <see cref="ArchitectureBuilder"/> method that places it, e.g. "Cache".</param>
/// <param name="Name">The name a suggested component gets, e.g. "Read Replica".</param>
/// <param name="Local">The local variable a code fix holds it in, e.g. "replica".</param>
public sealed record TypedPlacement(string Type, string Method, string Name, string Local);
