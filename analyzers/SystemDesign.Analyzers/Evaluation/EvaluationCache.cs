using System;
using System.Collections.Generic;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Evaluation;

/// <summary>
/// The engine's findings for the last few models the analyzer saw, so a keystroke that leaves a design's model as it
/// was (a comment, a rename of a local, an edit in another member, undo) costs a lookup instead of an evaluation.
/// Bounded (at most <see cref="MaxEntries"/> models and <see cref="MaxSize"/> components and connections in all;
/// least recently used first out) and safe to share between the compiler's threads: one lock around the lookup and
/// the insertion, never around the engine. The key is the problem id and the model, by the model's own equality: it
/// holds no source positions, and the findings name their targets by index, so the findings of one model fit every
/// declaration of it (the same design moved by an edit, or another design that builds the same model). Keys and
/// values hold only model values, never a Roslyn object.
/// </summary>
/// <param name="maxEntries">Models kept at most.</param>
/// <param name="maxSize">Components and connections kept at most, in all.</param>
internal sealed class EvaluationCache(int maxEntries = EvaluationCache.MaxEntries, int maxSize = EvaluationCache.MaxSize)
{
    public const int MaxEntries = 64;

    /// <summary>About 50,000 components and connections of models kept at once; a larger model is not kept.</summary>
    public const int MaxSize = 50_000;

    private readonly object gate = new();
    private readonly Dictionary<(string ProblemId, Architecture Model), LinkedListNode<Entry>> entries = new();
    private readonly LinkedList<Entry> recency = new();
    private int size;

    /// <summary>The one the analyzer uses: its findings depend only on the key and on the engine and catalog it ships with.</summary>
    public static EvaluationCache Shared { get; } = new();

    /// <summary>A cache that keeps nothing: every call evaluates (what the analyzer did before the cache).</summary>
    public static EvaluationCache None => new(maxEntries: 0, maxSize: 0);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>
    /// The findings for <paramref name="architecture"/> against <paramref name="problemId"/>: from the cache when an
    /// equal model was evaluated before, else from <paramref name="evaluate"/> (then kept). <paramref name="evaluate"/>
    /// returns null when it failed; a failure is not kept.
    /// </summary>
    public IReadOnlyList<Finding>? GetOrEvaluate(string problemId, Architecture architecture, Func<IReadOnlyList<Finding>?> evaluate)
    {
        var key = (problemId, architecture);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return node.Value.Findings;
            }
        }

        var findings = evaluate();
        var keySize = Size(architecture);
        if (findings is not null && maxEntries > 0 && keySize <= maxSize)
        {
            Add(key, keySize, findings);
        }

        return findings;
    }

    /// <summary>Components plus connections: what the size budget counts.</summary>
    private static int Size(Architecture architecture) => architecture.Components.Count + architecture.Connections.Count;

    private void Add((string, Architecture) key, int keySize, IReadOnlyList<Finding> findings)
    {
        lock (gate)
        {
            if (entries.ContainsKey(key))
            {
                return; // another thread evaluated the same model meanwhile
            }

            entries.Add(key, recency.AddFirst(new Entry(key, keySize, findings)));
            size += keySize;
            while (entries.Count > maxEntries || size > maxSize)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                size -= oldest.Value.Size;
            }
        }
    }

    private sealed record Entry((string, Architecture) Key, int Size, IReadOnlyList<Finding> Findings);
}
