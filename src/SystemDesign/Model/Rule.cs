namespace SystemDesign.Model;

/// <summary>
/// One rule: a row of <see cref="Rules"/>. Findings carry its id; the analyzer's descriptor, the rule's page and the
/// tables in the docs are derived from it.
/// </summary>
public sealed class Rule
{
    /// <summary>The repository the help links point into.</summary>
    public const string RepositoryUrl = "https://github.com/systemdesign/systemdesign/blob/main/";

    internal Rule(string id, string name, Severity severity, RuleGroup group, string title, string description, string summary)
    {
        Id = id;
        Name = name;
        DefaultSeverity = severity;
        Group = group;
        Title = title;
        Description = description;
        Summary = summary;
    }

    /// <summary>The stable id, e.g. "SD2001": the diagnostic id in the IDE, in <c>dotnet test</c> and in the tool.</summary>
    public string Id { get; }

    /// <summary>The row's name in <see cref="Rules"/>, e.g. "Overloaded".</summary>
    public string Name { get; }

    /// <summary>The severity the rule is raised with (configurable per project in .editorconfig for the analyzer).</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The group: the analyzer category and, for capacity to resilience, the quality gate the rule decides.</summary>
    public RuleGroup Group { get; }

    /// <summary>The analyzer category, "SystemDesign." and the group.</summary>
    public string Category => "SystemDesign." + Group;

    /// <summary>A short title, e.g. "Component overloaded at the target rate".</summary>
    public string Title { get; }

    /// <summary>One or two sentences on what the rule checks.</summary>
    public string Description { get; }

    /// <summary>What it checks in a few words, for the rules index (docs/rules/README.md).</summary>
    public string Summary { get; }

    /// <summary>The rule's page, docs/rules/&lt;id&gt;.md.</summary>
    public string PagePath => "docs/rules/" + Id + ".md";

    /// <summary>The rule's page on the repository's site.</summary>
    public string HelpLink => RepositoryUrl + PagePath;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
