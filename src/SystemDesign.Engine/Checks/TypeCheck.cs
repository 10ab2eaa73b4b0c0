using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Component types (docs/engine.md): a type the catalog does not know (SD0022, graded as the fallback kind, with the
/// nearest catalog name) and a known type outside the problem's palette (SD0020).
/// </summary>
internal static class TypeCheck
{
    /// <summary>Adds the findings of this check to <paramref name="context"/>.</summary>
    public static void Run(EvaluationContext context)
    {
        var palette = context.Problem.Palette;
        // The standing, and for an unknown type its nearest catalog name (an edit distance against every registry name),
        // depend on the type only: settled once per type, not per component (the analyzer runs this on every keystroke).
        var standings = new Dictionary<string, TypeStanding>(StringComparer.Ordinal);
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in context.Nodes)
        {
            var type = node.Component.Type;
            if (string.IsNullOrWhiteSpace(type))
            {
                continue; // SD0003 already
            }

            if (!standings.TryGetValue(type, out var standing))
            {
                standings[type] = standing = StandingOf(context, type);
            }

            if (standing == TypeStanding.Unknown)
            {
                if (!suggestions.TryGetValue(type, out var didYouMean))
                {
                    suggestions[type] = didYouMean = context.Registry.SuggestType(type) is { } near ? $" Did you mean '{near}'?" : string.Empty;
                }

                context.Add(Rules.UnknownComponentType, node.Name,
                    $"{node.Name}: '{type}' is not a component type of the catalog; it is graded as {ComponentResolver.FallbackKind}.{didYouMean} Use a catalog type ('sysdesign show {context.Problem.Id}' lists the palette).");
            }
            else if (standing == TypeStanding.OutsidePalette)
            {
                context.Add(Rules.TypeOutsidePalette, node.Name,
                    $"{node.Name}: type '{type}' is not in the palette of {context.Problem.Id} ({string.Join(", ", palette)}).");
            }
        }
    }

    private enum TypeStanding
    {
        Known,
        Unknown,
        OutsidePalette,
    }

    private static TypeStanding StandingOf(EvaluationContext context, string type) =>
        !context.Registry.Contains(type) ? TypeStanding.Unknown
        : context.Problem.Palette.Count > 0 && !context.Problem.Palette.Any(p => context.Registry.AreSameType(p, type)) ? TypeStanding.OutsidePalette
        : TypeStanding.Known;
}
