using System.Collections.Generic;
using System.IO;

namespace SystemDesign.Cli;

/// <summary>
/// The content of the <c>dotnet new sysdesign</c> template (src/SystemDesign.Templates packs it by running
/// <c>sysdesign new --template &lt;dir&gt;</c>): the same solution, projects, grading file and <c>.editorconfig</c> as
/// <c>sysdesign new</c> (one <see cref="ScaffoldFiles"/>), and a starter design that names the problem by id.
/// A template cannot run code, so it cannot look the problem up: the design's doc comment inherits the statement from
/// <c>SystemDesign.Problems.&lt;Problem&gt;</c>, which the SystemDesign package's generator writes for the problem the
/// design names (hover the class to read it; <c>sysdesign show &lt;id&gt;</c> prints it); the class name comes from
/// <c>-n</c> (default: the output folder's name).
/// </summary>
internal static class TemplateContent
{
    /// <summary>The template's source name: <c>dotnet new</c> replaces it with <c>-n</c> in file names and text.</summary>
    public const string SourceName = "ProblemDesign";

    // Placeholders the template engine replaces: the --problem value and its PascalCase (the generator's class name).
    private const string ProblemId = "problem-id-placeholder";
    private const string ProblemClass = "ProblemClassPlaceholder";

    public static IEnumerable<(string Path, string Text)> Files()
    {
        yield return (Path.Combine(".template.config", "template.json"), TemplateJson);
        foreach (var file in new ScaffoldFiles(SourceName, apiProject: null).Files(Design))
        {
            yield return file;
        }
    }

    // titleCase then dropping what is not a letter or digit gives the generator's class name for catalog ids
    // ("l6-ai-infrastructure-1" → "L6AiInfrastructure1"); the tests instantiate it for a tiered and an L6 problem.
    private const string TemplateJson = $$"""
        {
          "$schema": "http://json.schemastore.org/template",
          "author": "SystemDesign",
          "classifications": [ "SystemDesign", "Architecture", "Test" ],
          "identity": "SystemDesign.Templates.Problem",
          "name": "SystemDesign problem: a design and its grading tests",
          "description": "A [Design] project for one SystemDesign catalog problem and an xunit project whose generated tests grade it, like 'sysdesign new <id>'.",
          "shortName": "sysdesign",
          "sourceName": "{{SourceName}}",
          "preferNameDirectory": true,
          "tags": { "language": "C#", "type": "solution" },
          "symbols": {
            "problem": {
              "type": "parameter",
              "datatype": "text",
              "isRequired": true,
              "replaces": "{{ProblemId}}",
              "description": "The catalog problem id, e.g. tutorial-simple-blog ('sysdesign problems' lists them)."
            },
            "problemClass": {
              "type": "derived",
              "valueSource": "problem",
              "valueTransform": "generatorClassName",
              "replaces": "{{ProblemClass}}"
            }
          },
          "forms": {
            "lettersAndDigits": { "identifier": "replace", "pattern": "[^A-Za-z0-9]", "replacement": "" },
            "generatorClassName": { "identifier": "chain", "steps": [ "titleCase", "lettersAndDigits" ] }
          }
        }

        """;

    private const string Design = $$"""
        using SystemDesign;

        namespace Designs;

        /// <inheritdoc cref="SystemDesign.Problems.{{ProblemClass}}"/>
        /// <remarks>
        /// The statement above is the problem's, written by the SystemDesign generator (hover the class name). Run
        /// 'sysdesign show {{ProblemId}}' for the whole statement, the workload and the palette's figures, and
        /// 'dotnet test' for the grade.
        /// </remarks>
        [Design("{{ProblemId}}")]
        public sealed class {{SourceName}} : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var users = a.Client("Users");

                // Declare the palette's components (see the problem's palette), then connect them, e.g. users.Calls(lb).
            }
        }

        """;
}
