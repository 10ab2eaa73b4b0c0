using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SystemDesign.Catalog.Loading;
using SystemDesign.TestSupport;

namespace SystemDesign.Catalog.Tests;

/// <summary>
/// The writer and the reader are one format: every committed problem file reads into a <see cref="Problem"/> that writes
/// back to the same bytes, so the importer (which writes through <see cref="ProblemWriter"/>) and the loader cannot drift.
/// </summary>
public sealed class ProblemWriterTests
{
    // The hand-written case studies keep their authors' layout (the import copies them byte for byte); they are read,
    // and must write back to an equal problem, but not to the same bytes.
    [Fact]
    public void Every_imported_problem_file_reads_and_writes_back_byte_for_byte()
    {
        var root = Path.Combine(RepositoryRoot.Path, "catalog", "problems");
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != Problem.CaseStudiesCategory)
            .Order(StringComparer.Ordinal).ToList();
        var differences = new List<string>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var written = ProblemWriter.Write(ProblemReader.Read(new MemoryStream(bytes), Path.GetFileName(file)));
            if (!written.AsSpan().SequenceEqual(bytes))
            {
                differences.Add(Path.GetRelativePath(root, file));
            }
        }

        Assert.True(files.Count > 600, "catalog/problems holds " + files.Count + " files");
        Assert.True(differences.Count == 0, differences.Count + " files do not write back as read: " + string.Join(", ", differences.Take(10)));
    }

    [Fact]
    public void Every_case_study_writes_back_to_the_same_bytes_after_one_rewrite()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "catalog", "problems", Problem.CaseStudiesCategory);
        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var once = ProblemWriter.Write(ProblemReader.Read(File.ReadAllText(file), Path.GetFileName(file)));
            var twice = ProblemWriter.Write(ProblemReader.Read(new MemoryStream(once), Path.GetFileName(file)));
            Assert.True(once.AsSpan().SequenceEqual(twice), Path.GetFileName(file) + " changes when written twice");
        }
    }

    [Fact]
    public void A_written_problem_reads_back_equal()
    {
        var problem = ProblemReader.Read(ProblemReaderTests.MinimalProblem, "tiny.json");
        var again = ProblemReader.Read(new MemoryStream(ProblemWriter.Write(problem)), "tiny.json");
        Assert.Equal(problem.Tiers.SelectMany(t => t.Requirements), again.Tiers.SelectMany(t => t.Requirements));
        Assert.Equal(problem.Constants, again.Constants);
        Assert.Equal(problem.Workload.RequestRate, again.Workload.RequestRate);
        Assert.Equal(problem.NonFunctionalRequirements, again.NonFunctionalRequirements);
        Assert.EndsWith("}\n", System.Text.Encoding.UTF8.GetString(ProblemWriter.Write(problem)), StringComparison.Ordinal);
        Assert.DoesNotContain((byte)'\r', ProblemWriter.Write(problem));
    }

    [Theory]
    [InlineData(0.32999999999999996, "0.33")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(1000.0, "1000")]
    public void Numbers_are_written_without_binary_artefacts(double value, string expected) =>
        Assert.Equal(expected, CatalogNumber.Format(value));
}
