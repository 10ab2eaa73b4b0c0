using System;
using System.Collections.Generic;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Evaluation;

/// <summary>
/// The engine's findings for the last few models the analyzer saw, so a keystroke that leaves a design's model as it
/// was (a comment, a rename of a local, an edit in another member, undo) costs a lookup instead of an evaluation.
/// Bounded (at most <see cref="MaxEntries"/> models and <see cref="MaxSize"/> components and connections in all;
/// least recently used first out) and safe to share between the compiler's threads: one lock around the lookup and
/// the insertion, never around the engine. Keys and values hold only model values, never a Roslyn object.
/// </summary>
internal sealed class EvaluationCache
{
    public const int MaxEntries = 64;

    /// <summary>About 50,000 components and connections of models kept at once; a larger model is not kept.</summary>
    public const int MaxSize = 50_000;

    private readonly object gate = new();
    private readonly Dictionary<ModelKey, LinkedListNode<Entry>> entries = new();
    private readonly LinkedList<Entry> recency = new();
    private readonly int maxEntries;
    private readonly int maxSize;
    private int size;

    public EvaluationCache(int maxEntries = MaxEntries, int maxSize = MaxSize)
    {
        this.maxEntries = maxEntries;
        this.maxSize = maxSize;
    }

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
    /// The findings for <paramref name="architecture"/> against <paramref name="problemId"/>, located at its own
    /// declarations: from the cache when the same model was evaluated before, else from <paramref name="evaluate"/>
    /// (then kept). <paramref name="evaluate"/> returns null when it failed; a failure is not kept.
    /// </summary>
    public IReadOnlyList<Finding>? GetOrEvaluate(string problemId, Architecture architecture, Func<IReadOnlyList<Finding>?> evaluate)
    {
        var key = new ModelKey(problemId, architecture);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return node.Value.Findings.At(architecture);
            }
        }

        var findings = evaluate();
        if (findings is not null && maxEntries > 0 && key.Size <= maxSize && LocatedFindings.From(findings, architecture) is { } located)
        {
            Add(key, located);
        }

        return findings;
    }

    private void Add(ModelKey key, LocatedFindings findings)
    {
        lock (gate)
        {
            if (entries.ContainsKey(key))
            {
                return; // another thread evaluated the same model meanwhile
            }

            entries.Add(key, recency.AddFirst(new Entry(key, findings)));
            size += key.Size;
            while (entries.Count > maxEntries || size > maxSize)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                size -= oldest.Value.Key.Size;
            }
        }
    }

    private sealed class Entry
    {
        public Entry(ModelKey key, LocatedFindings findings)
        {
            Key = key;
            Findings = findings;
        }

        public ModelKey Key { get; }

        public LocatedFindings Findings { get; }
    }
}
