using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// The run-time methods the interpreter replays, looked up by reflection once per process instead of on every call
/// of every keystroke. The keys are the API's own methods (receiver type, name, parameter types), so the table is
/// as large as the API, no larger.
/// </summary>
internal static class ApiMethods
{
    private static readonly ConcurrentDictionary<Signature, MethodInfo?> Methods = new();

    /// <summary>The public instance method <paramref name="name"/>(<paramref name="types"/>) of <paramref name="receiver"/>; null when there is none.</summary>
    public static MethodInfo? Find(Type receiver, string name, Type[] types)
    {
        var signature = new Signature(receiver, name, types);
        return Methods.TryGetValue(signature, out var method)
            ? method
            : Methods.GetOrAdd(signature, receiver.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, null, types, null));
    }

    // No overloads exist, so receiver and name alone spread the hash; the parameter types still decide equality.
    private readonly record struct Signature(Type Receiver, string Name, Type[] Types)
    {
        public bool Equals(Signature other) =>
            Receiver == other.Receiver && string.Equals(Name, other.Name, StringComparison.Ordinal) && Types.SequenceEqual(other.Types);

        public override int GetHashCode() => (Receiver.GetHashCode() * 31) + StringComparer.Ordinal.GetHashCode(Name);
    }
}
