using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// Parses the (already repaired) export into the catalog's own <see cref="Problem"/>s. Strict: every line of a
/// structured section must have one of the documented forms, otherwise an <see cref="ImportException"/>
/// names the problem, the line number and what was expected.
/// </summary>
public static partial class ExportParser
{
    public const string Summary = "Summary";
    public const string Goal = "Goal";
    public const string Description = "Description";
    public const string FunctionalRequirements = "Functional Requirements";
    public const string NonFunctionalRequirements = "Non-Functional Requirements";
    public const string Constants = "Constants/Assumptions";
    public const string AvailableComponents = "Available Components";
    public const string Hints = "Hints";
    public const string Tiers = "Tiers/Checkpoints";
    public const string ReferenceSolution = "Reference Solution";
    public const string SolutionAnalysis = "Solution Analysis";
    public const string TutorialNarrative = "Tutorial Narrative";

    /// <summary>The only <c>###</c> headings that start a section; any other heading is section text.</summary>
    public static readonly IReadOnlyList<string> KnownSections =
    [
        Summary, Goal, Description, FunctionalRequirements, NonFunctionalRequirements, Constants,
        AvailableComponents, Hints, Tiers, ReferenceSolution, SolutionAnalysis, TutorialNarrative,
    ];

    /// <summary>Parses repaired lines (index 0 is line 1 of the export).</summary>
    /// <param name="lines">The repaired export.</param>
    /// <param name="headingLines">When given, receives each problem's id and the line of its <c>## N.</c> heading, for the messages of later checks.</param>
    public static List<Problem> Parse(IReadOnlyList<string> lines, IDictionary<string, int>? headingLines = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (ProblemHeading().IsMatch(lines[i]))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            throw ImportException.AtLine(null, 1, "no problem found; expected blocks starting with '## <number>. <title>'");
        }

        var (total, totalLine) = ReadDeclaredTotal(lines, starts[0]);
        var problems = new List<Problem>(starts.Count);
        var ids = new Dictionary<string, (Problem Problem, int Line)>(StringComparer.Ordinal);
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            var problem = ParseProblem(lines, starts[s], end);
            var line = starts[s] + 1;
            if (problems.Count > 0 && problem.Number <= problems[^1].Number)
            {
                throw ImportException.AtLine(ProblemLabel.Of(problem), line, $"problem number {problem.Number} is out of sequence; expected a number above {problems[^1].Number}");
            }

            if (ids.TryGetValue(problem.Id, out var previous))
            {
                throw ImportException.AtLine(ProblemLabel.Of(problem), line, $"duplicate ID '{problem.Id}' (already used by {ProblemLabel.Of(previous.Problem)} at line {previous.Line}); expected unique IDs");
            }

            ids.Add(problem.Id, (problem, line));
            headingLines?.Add(problem.Id, line);
            problems.Add(problem);
        }

        if (total != problems.Count)
        {
            throw ImportException.AtLine(null, totalLine, $"the export declares 'Total Problems: {total}' but holds {problems.Count} problem blocks; the export is cut short or damaged");
        }

        return problems;
    }

    /// <summary>The "Total Problems: N" line of the preamble: the export's own count, checked against its blocks.</summary>
    private static (int Total, int LineNumber) ReadDeclaredTotal(IReadOnlyList<string> lines, int firstProblem)
    {
        for (var i = 0; i < firstProblem; i++)
        {
            var m = DeclaredTotal().Match(lines[i]);
            if (m.Success)
            {
                return (NumberText.WholeNumber(m.Groups[1].Value, null, i + 1, "the total"), i + 1);
            }
        }

        throw ImportException.AtLine(null, firstProblem + 1, "no 'Total Problems: <n>' line before the first problem; expected the export's preamble to declare its total");
    }

    private static Problem ParseProblem(IReadOnlyList<string> lines, int start, int end)
    {
        var heading = ProblemHeading().Match(lines[start]);
        var number = NumberText.WholeNumber(heading.Groups[1].Value, null, start + 1, "the problem number");
        var title = Text.StripLeadingSymbols(heading.Groups[2].Value).Trim();

        // Drop trailing blank lines and the '---' separator that ends every block; a block without it was cut short.
        var lastBlock = end == lines.Count;
        while (end > start + 1 && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        if (end <= start + 1 || !string.Equals(lines[end - 1].Trim(), "---", StringComparison.Ordinal))
        {
            throw ImportException.AtLine(ProblemLabel.Of(number, null), end, lastBlock
                ? "the export ends inside this problem (no '---' after it); expected every problem block to end with a '---' line — the export is cut short"
                : "the problem block does not end with a '---' line before the next '## <number>.' heading; expected every block to end with '---'");
        }

        end--;

        string? id = null, category = null, difficulty = null;
        var i = start + 1;
        for (; i < end; i++)
        {
            var line = lines[i];
            if (SectionName(line) is not null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var field = HeaderField().Match(line);
            if (!field.Success)
            {
                throw ImportException.AtLine(ProblemLabel.Of(number, id), i + 1, $"unexpected header line '{line}'; expected '**ID:** <id>', '**Category:** <category>', '**Difficulty:** <level>' or a '### <section>' heading");
            }

            var value = field.Groups[2].Value.Trim();
            switch (field.Groups[1].Value)
            {
                case "ID" when id is null:
                    id = value;
                    break;
                case "Category" when category is null:
                    category = value;
                    break;
                case "Difficulty" when difficulty is null:
                    difficulty = value;
                    break;
                default:
                    throw ImportException.AtLine(ProblemLabel.Of(number, id), i + 1, $"repeated header field '{field.Groups[1].Value}'; expected each of ID, Category, Difficulty at most once");
            }
        }

        if (id is null || id.Length == 0)
        {
            throw ImportException.AtLine(ProblemLabel.Of(number, null), start + 1, $"problem '{title}' has no '**ID:** <id>' line; expected it right after the heading");
        }

        if (!Slug().IsMatch(id))
        {
            throw ImportException.AtLine(ProblemLabel.Of(number, id), start + 1, $"ID '{id}' is not a lower-case slug; expected letters, digits and '-' (it becomes a file name)");
        }

        if (category is null || !Slug().IsMatch(category))
        {
            throw ImportException.AtLine(ProblemLabel.Of(number, id), start + 1, category is null
                ? "no '**Category:** <category>' line; expected it after the ID"
                : $"category '{category}' is not a lower-case slug; expected letters, digits and '-' (it becomes a folder name)");
        }

        var label = ProblemLabel.Of(number, id);
        var sections = SplitSections(label, lines, i, end);
        var problem = ParseSections(new ProblemHead(number, id, title, category, difficulty, label), sections);
        return sections.ContainsKey(Description)
            ? problem
            : throw ImportException.AtLine(label, start + 1, "no '### Description' section; expected every problem to have one");
    }

    /// <summary>What the heading and header lines of a problem block give, before its sections.</summary>
    private sealed record ProblemHead(int Number, string Id, string Title, string Category, string? Difficulty, string Label);

    /// <summary>The problem from its sections, parsed in the export's order so the first error in the file is the one reported.</summary>
    private static Problem ParseSections(ProblemHead head, Dictionary<string, Section> sections)
    {
        var label = head.Label;
        string summary = string.Empty, goal = string.Empty, description = string.Empty;
        string? narrative = null;
        IReadOnlyList<string> functional = [], palette = [], hints = [];
        IReadOnlyList<NonFunctionalRequirement> nfrs = [];
        IReadOnlyList<Constant> constants = [];
        IReadOnlyList<Tier> tiers = [];
        ReferenceSolution? solution = null;
        foreach (var (name, section) in sections)
        {
            switch (name)
            {
                case Summary:
                    summary = section.Text();
                    break;
                case Goal:
                    goal = section.Text();
                    break;
                case Description:
                    description = section.Text();
                    break;
                case TutorialNarrative:
                    narrative = section.Text();
                    break;
                case SolutionAnalysis:
                    // Template-generated and demonstrably wrong (see docs/catalog.md): not imported.
                    break;
                case FunctionalRequirements:
                    functional = section.NonBlank().Select(l =>
                    {
                        NumberText.CheckFigures(l.Text, label, l.Number);
                        return Bullet(label, l.Number, l.Text, "'- <requirement>'");
                    }).ToList();
                    break;
                case NonFunctionalRequirements:
                    nfrs = section.NonBlank().Select(l =>
                    {
                        NumberText.CheckFigures(l.Text, label, l.Number);
                        var (nfrLabel, text) = LabelledBullet(label, l.Number, l.Text, "'- **<Label>:** <text>'");
                        return new NonFunctionalRequirement(nfrLabel, text);
                    }).ToList();
                    break;
                case Constants:
                    constants = ParseConstants(label, section);
                    break;
                case AvailableComponents:
                    palette = section.NonBlank().Select(l => ComponentType(label, l.Number, l.Text)).ToList();
                    break;
                case Hints:
                    hints = ParseHints(label, section);
                    break;
                case Tiers:
                    tiers = ParseTiers(label, section);
                    break;
                case ReferenceSolution:
                    solution = ParseSolution(label, section);
                    break;
                default:
                    throw new InvalidOperationException("unhandled section " + name);
            }
        }

        return new Problem
        {
            Number = head.Number,
            Id = head.Id,
            Title = head.Title,
            Category = head.Category,
            Difficulty = head.Difficulty,
            Summary = summary,
            Goal = goal,
            Description = description,
            FunctionalRequirements = functional,
            NonFunctionalRequirements = nfrs,
            Constants = constants,
            Palette = palette,
            Hints = hints,
            Tiers = tiers,
            ReferenceSolution = solution,
            Workload = ProblemWorkload.Imported(head.Id, nfrs, constants, functional),
            Narrative = narrative,
            Corrections = [],
        };
    }

    private static Dictionary<string, Section> SplitSections(string label, IReadOnlyList<string> lines, int from, int end)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        Section? current = null;
        for (var i = from; i < end; i++)
        {
            var name = SectionName(lines[i]);
            if (name is not null)
            {
                if (sections.TryGetValue(name, out var previous))
                {
                    throw ImportException.AtLine(label, i + 1, $"second '### {name}' section (the first is at line {previous.HeadingLine}); expected each section once");
                }

                current = new Section(i + 1);
                sections.Add(name, current);
                continue;
            }

            // Only reachable before the first section if SplitSections is called mid-header; keep the guard.
            if (current is null)
            {
                throw ImportException.AtLine(label, i + 1, "text before the first section; expected a '### <section>' heading");
            }

            current.Lines.Add((i + 1, lines[i]));
        }

        return sections;
    }

    private static string? SectionName(string line)
    {
        if (!line.StartsWith("### ", StringComparison.Ordinal))
        {
            return null;
        }

        var name = line[4..].Trim();
        return KnownSections.FirstOrDefault(known => string.Equals(known, name, StringComparison.Ordinal));
    }

    private static List<Constant> ParseConstants(string label, Section section)
    {
        var constants = new List<Constant>();
        foreach (var (n, line) in section.NonBlank())
        {
            var (key, text) = LabelledBullet(label, n, line, "'- **<key>:** <value>'");
            if (constants.Any(c => string.Equals(c.Key, key, StringComparison.Ordinal)))
            {
                throw ImportException.AtLine(label, n, $"constant '{key}' given twice; expected unique keys");
            }

            constants.Add(new Constant(key, Constant(label, n, key, text)));
        }

        return constants;
    }

    private static string ComponentType(string label, int n, string line)
    {
        var type = Bullet(label, n, line, "'- <component_type>'");
        return TypeName().IsMatch(type)
            ? type
            : throw ImportException.AtLine(label, n, $"'{line}' is not a component type; expected '- <component_type>' (lower case, digits, '_')");
    }

    private static List<string> ParseHints(string label, Section section)
    {
        var hints = new List<string>();
        foreach (var (n, line) in section.NonBlank())
        {
            var m = NumberedItem().Match(line);
            if (!m.Success)
            {
                throw ImportException.AtLine(label, n, $"unexpected hint line '{line}'; expected '<n>. <hint>'");
            }

            var expected = hints.Count + 1;
            if (NumberText.WholeNumber(m.Groups[1].Value, label, n, "the hint number") != expected)
            {
                throw ImportException.AtLine(label, n, $"hint number {m.Groups[1].Value} is out of sequence; expected {expected.ToString(CultureInfo.InvariantCulture)} (hints are numbered from 1)");
            }

            hints.Add(Text.StripLeadingSymbols(m.Groups[2].Value).TrimEnd());
        }

        return hints;
    }

    private static List<Tier> ParseTiers(string label, Section section)
    {
        var tiers = new List<(string Id, string Title, List<Requirement> Requirements)>();
        foreach (var (n, line) in section.NonBlank())
        {
            var heading = TierHeading().Match(line);
            if (heading.Success)
            {
                var id = "T" + heading.Groups[1].Value;
                if (tiers.Any(t => string.Equals(t.Id, id, StringComparison.Ordinal)))
                {
                    throw ImportException.AtLine(label, n, $"tier {id} appears twice; expected unique tier ids");
                }

                if (NumberText.WholeNumber(heading.Groups[1].Value, label, n, "the tier number") != tiers.Count)
                {
                    throw ImportException.AtLine(label, n, $"tier {id} is out of sequence; expected T{tiers.Count.ToString(CultureInfo.InvariantCulture)} (tiers are numbered from T0)");
                }

                tiers.Add((id, Text.StripLeadingSymbols(heading.Groups[2].Value).Trim(), []));
                continue;
            }

            var item = RequirementItem().Match(line);
            if (!item.Success)
            {
                throw ImportException.AtLine(label, n, $"unexpected line in Tiers/Checkpoints '{line}'; expected '**T<n>: <title>**' or '  - <requirement>'");
            }

            if (tiers.Count == 0)
            {
                throw ImportException.AtLine(label, n, $"requirement '{item.Groups[1].Value}' before any tier; expected a '**T<n>: <title>**' line first");
            }

            tiers[^1].Requirements.Add(ParseRequirement(label, n, item.Groups[1].Value.Trim()));
        }

        return tiers.Select(t => new Tier(t.Id, t.Title, t.Requirements)).ToList();
    }

    /// <summary>
    /// Parses one requirement (the text after "- "); exactly four forms exist. A parameter range is read without bounds:
    /// <see cref="RangeBounds"/> gives them after the parse, and refuses a parameter it has no rule for.
    /// </summary>
    public static Requirement ParseRequirement(string label, int lineNumber, string text) =>
        MustInclude().Match(text ?? throw new ArgumentNullException(nameof(text))) is { Success: true } must ? new MustIncludeRequirement(must.Groups[1].Value)
        : MinimumCount().Match(text) is { Success: true } minimum ? new MinimumCountRequirement(minimum.Groups[2].Value, NumberText.WholeNumber(minimum.Groups[1].Value, label, lineNumber, "the count"))
        : ConnectionFrom().Match(text) is { Success: true } from ? new ConnectionFromRequirement(from.Groups[1].Value)
        : ParameterRange().Match(text) is { Success: true } range ? new ParameterRangeRequirement(range.Groups[1].Value, range.Groups[2].Value, null, null, null)
        : throw ImportException.AtLine(label, lineNumber, $"unknown requirement '{text}'; expected 'Must include: <type>', 'Minimum <n> of type: <type>', 'Must have connection from: <type>' or 'Parameter range check: <type>.<parameter>'");

    private static ReferenceSolution ParseSolution(string label, Section section)
    {
        var part = 0; // 0 = summary, 1 = components, 2 = connections
        var summaryLines = new List<string>();
        var components = new List<ReferenceComponent>();
        var connections = new List<ReferenceConnection>();
        foreach (var (n, line) in section.Lines)
        {
            var trimmed = line.Trim();
            if (string.Equals(trimmed, "**Components:**", StringComparison.Ordinal))
            {
                if (part != 0)
                {
                    throw ImportException.AtLine(label, n, "second '**Components:**' list; expected one components list followed by one connections list");
                }

                part = 1;
                continue;
            }

            if (string.Equals(trimmed, "**Connections:**", StringComparison.Ordinal))
            {
                if (part != 1)
                {
                    throw ImportException.AtLine(label, n, "'**Connections:**' without a preceding '**Components:**' list; expected components first");
                }

                part = 2;
                continue;
            }

            if (part == 0)
            {
                summaryLines.Add(line);
                continue;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (part == 1)
            {
                var m = ComponentLine().Match(line);
                if (!m.Success)
                {
                    throw ImportException.AtLine(label, n, $"bad component line '{line}'; expected '- <Name> (<type>)'");
                }

                var name = m.Groups[1].Value.Trim();
                if (components.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
                {
                    throw ImportException.AtLine(label, n, $"component name '{name}' is used twice; expected unique names (connections refer to them)");
                }

                components.Add(new ReferenceComponent(name, m.Groups[2].Value));
            }
            else
            {
                var m = ConnectionLine().Match(line);
                if (!m.Success)
                {
                    throw ImportException.AtLine(label, n, $"bad connection line '{line}'; expected '- <From> → <To>' (with the arrow U+2192)");
                }

                connections.Add(new ReferenceConnection(m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()));
            }
        }

        if (part == 0)
        {
            throw ImportException.AtLine(label, section.HeadingLine, "reference solution without a '**Components:**' list; expected '**Components:**' and '**Connections:**' lists");
        }

        if (part == 1)
        {
            throw ImportException.AtLine(label, section.HeadingLine, "reference solution without a '**Connections:**' list; expected one after the components");
        }

        var summary = string.Join('\n', summaryLines).Trim();
        return new ReferenceSolution(summary, components, connections) { Replication = ReplicationText.Of(summary) };
    }

    /// <summary>A constant's value; a number must be finite, and text the workload may read obeys <see cref="NumberText.CheckFigures"/>.</summary>
    private static ConstantValue Constant(string label, int n, string key, string text)
    {
        switch (Numbers.ParseConstant(text))
        {
            case double d when !double.IsFinite(d):
                throw ImportException.AtLine(label, n, $"constant '{key}' = '{text}' is too large for a number; expected a magnitude below 1.8e308");
            case double d:
                return ConstantValue.Of(d);
            case bool b:
                return ConstantValue.Of(b);
            case var value:
                NumberText.CheckFigures(text, label, n);
                return ConstantValue.Of((string)value);
        }
    }

    private static string Bullet(string label, int n, string line, string expected)
    {
        if (!line.StartsWith("- ", StringComparison.Ordinal) || line.Length == 2)
        {
            throw ImportException.AtLine(label, n, $"unexpected line '{line}'; expected {expected}");
        }

        return line[2..].Trim();
    }

    private static (string Label, string Text) LabelledBullet(string label, int n, string line, string expected)
    {
        var m = LabelledItem().Match(line);
        if (!m.Success)
        {
            throw ImportException.AtLine(label, n, $"unexpected line '{line}'; expected {expected}");
        }

        return (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim());
    }

    private sealed class Section(int headingLine)
    {
        public int HeadingLine { get; } = headingLine;

        public List<(int Number, string Text)> Lines { get; } = [];

        public IEnumerable<(int Number, string Text)> NonBlank() => Lines.Where(l => !string.IsNullOrWhiteSpace(l.Text));

        public string Text() => string.Join('\n', Lines.Select(l => l.Text.TrimEnd())).Trim();
    }

    // The structural numbers below match \d (any script's digits) on purpose: NumberText.WholeNumber then names a
    // foreign digit on its line, where [0-9] would leave the line unrecognised. Figures in text use [0-9] only.
    [GeneratedRegex(@"^## (\d+)\. (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ProblemHeading();

    [GeneratedRegex(@"^Total Problems: (\d+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredTotal();

    [GeneratedRegex(@"^\*\*(ID|Category|Difficulty):\*\*\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^(\d+)\.\s+(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^- \*\*(.+?):\*\*\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledItem();

    [GeneratedRegex(@"^\*\*T(\d+):\s*(.*?)\*\*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TierHeading();

    [GeneratedRegex(@"^\s*- (.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RequirementItem();

    [GeneratedRegex(@"^Must include: ([a-z0-9_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MustInclude();

    [GeneratedRegex(@"^Minimum (\d+) of type: ([a-z0-9_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MinimumCount();

    [GeneratedRegex(@"^Must have connection from: ([a-z0-9_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionFrom();

    [GeneratedRegex(@"^Parameter range check: ([a-z0-9_]+)\.([a-z0-9_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterRange();

    [GeneratedRegex(@"^- (.+) \(([a-z0-9_]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ComponentLine();

    [GeneratedRegex(@"^- (.+?) → (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionLine();
}
