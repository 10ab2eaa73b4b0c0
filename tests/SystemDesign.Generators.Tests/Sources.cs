namespace SystemDesign.Generators.Tests;

/// <summary>User code the tests compile: documented, so DocumentationMode.Diagnose reports only what is generated.</summary>
internal static class Sources
{
    public const string Blog = """
        using SystemDesign;

        namespace Contoso.Designs
        {
            /// <summary>The blog.</summary>
            [Design("tutorial-simple-blog")]
            public sealed class PersonalBlog : IDesign
            {
                /// <inheritdoc />
                public void Describe(ArchitectureBuilder a)
                {
                    var app = a.App("App Servers").Instances(8);
                    var db = a.DbPrimary("Primary DB");
                    app.Writes(db);
                }
            }
        }
        """;

    public const string Unrelated = """
        namespace Contoso
        {
            /// <summary>Something else in the project.</summary>
            public static class Helpers
            {
                /// <summary>Adds.</summary>
                public static int Add(int a, int b) => a + b;
            }
        }
        """;

    /// <summary>A design library: designs in a namespace, nested, and in the global namespace, plus ones that cannot be graded.</summary>
    public const string Library = """
        using SystemDesign;

        namespace Lib.Designs
        {
            [Design("tutorial-simple-blog")]
            public sealed class Blog : IDesign
            {
                public void Describe(ArchitectureBuilder a) => a.App("App");
            }

            public static class Catalog
            {
                [Design("basic-web-cache")]
                public sealed class WebCache : IDesign
                {
                    public void Describe(ArchitectureBuilder a) => a.Cache("Cache");
                }

                [Design("basic-web-cache")]
                private sealed class Hidden : IDesign
                {
                    public void Describe(ArchitectureBuilder a) => a.Cache("Cache");
                }
            }

            [Design("tutorial-simple-blog")]
            internal sealed class InternalBlog : IDesign
            {
                public void Describe(ArchitectureBuilder a) => a.App("App");
            }

            [Design("tutorial-simple-blog")]
            public sealed class GenericBlog<T> : IDesign
            {
                public void Describe(ArchitectureBuilder a) => a.App("App");
            }
        }

        [Design("l6-ai-agi-training")]
        public sealed class GlobalDesign : IDesign
        {
            public void Describe(ArchitectureBuilder a) => a.App("App");
        }
        """;

    public const string GradeLibrary = """
        [assembly: SystemDesign.Testing.GradeDesignsInAssemblyOf(typeof(Lib.Designs.Blog))]
        """;
}
