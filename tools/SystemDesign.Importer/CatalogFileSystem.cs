using System.IO;

namespace SystemDesign.Importer;

/// <summary>
/// The file operations <see cref="CatalogWriter"/> performs, one virtual method each, so a test can make one
/// of them fail midway and check that the catalog on disk is still the old one.
/// </summary>
public class CatalogFileSystem
{
    /// <summary>The real file system.</summary>
    public static CatalogFileSystem Real { get; } = new();

    public virtual void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public virtual void WriteFile(string path, byte[] bytes) => File.WriteAllBytes(path, bytes);

    /// <summary>Renames a folder; atomic within one parent folder (rename(2) on Unix, MoveFileEx on Windows).</summary>
    public virtual void MoveDirectory(string source, string destination) => Directory.Move(source, destination);

    public virtual void DeleteDirectory(string path) => Directory.Delete(path, recursive: true);
}
