using System;
using System.Collections.Concurrent;
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

    private readonly struct Signature : IEquatable<Signature>
    {
        private readonly Type receiver;
        private readonly string name;
        private readonly Type[] types;

        public Signature(Type receiver, string name, Type[] types)
        {
            this.receiver = receiver;
            this.name = name;
            this.types = types;
        }

        public bool Equals(Signature other)
        {
            if (receiver != other.receiver || !string.Equals(name, other.name, StringComparison.Ordinal) || types.Length != other.types.Length)
            {
                return false;
            }

            for (var i = 0; i < types.Length; i++)
            {
                if (types[i] != other.types[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Signature other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = (receiver.GetHashCode() * 31) + StringComparer.Ordinal.GetHashCode(name);
                foreach (var type in types)
                {
                    hash = (hash * 31) + type.GetHashCode();
                }

                return hash;
            }
        }
    }
}
