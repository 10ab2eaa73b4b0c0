using System;

namespace SystemDesign.Importer;

/// <summary>Writing catalog/problems failed; the message says whether the previous catalog is in place (it is, unless it says where it was kept).</summary>
public sealed class CatalogWriteException : Exception
{
    public CatalogWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
