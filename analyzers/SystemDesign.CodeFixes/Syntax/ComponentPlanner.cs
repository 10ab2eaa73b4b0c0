using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Model;
using SystemDesign.Shared;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SystemDesign.CodeFixes.Syntax;

/// <summary>A component type a design lacks, with the knobs the findings ask of it.</summary>
internal sealed class MissingComponent(string type)
{
    public string Type { get; } = type;

    /// <summary>The instance count a tier's minimum needs (SD1002 with no component of the type).</summary>
    public int? Instances { get; set; }

    /// <summary>Parameters a tier's range needs (SD1004 with no component of the type), by name.</summary>
    public SortedDictionary<string, double> Parameters { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Adds missing components to a <c>Describe</c> body: one local declaration each, through the typed builder method
/// (<c>var cache = a.Cache("Cache");</c>) or <c>a.Component("type", "Name")</c>, placed after the last component
/// declaration; then the edges that connect it, appended after the last statement. Names never collide
/// (<c>cache2</c> / "Cache 2"). The wiring per type is deliberately simple (README.md, "What each type gets").
/// </summary>
internal static class ComponentPlanner
{
    private static readonly string[] Compute = { ComponentTypes.App, ComponentTypes.WebSocket, ComponentTypes.Worker };
    private static readonly string[] Front = { ComponentTypes.LoadBalancer, ComponentTypes.ApiGateway, ComponentTypes.Client };

    public static BlockSyntax Apply(DescribeMethod describe, IEnumerable<MissingComponent> missing)
    {
        var roles = describe.Components
            .Where(c => c.Local is not null && c.Type is not null)
            .Select(c => new Role(c.Type!, c.Local!, c.HandleType, c))
            .ToList();
        var locals = describe.LocalNames();
        var names = new HashSet<string>(describe.Components.Select(c => c.Name ?? string.Empty), StringComparer.Ordinal);
        var builder = describe.Builder.Name;

        var added = new List<(Role Role, string Declaration)>();
        foreach (var item in missing.OrderBy(m => ComponentKinds.Priority(m.Type)).ThenBy(m => m.Type, StringComparer.Ordinal))
        {
            var (method, name, local) = ComponentKinds.For(item.Type);
            local = CSharpIdentifiers.FirstFree(local, n => !locals.Contains(n) && SyntaxFacts.GetKeywordKind(n) == SyntaxKind.None);
            name = CSharpIdentifiers.FirstFree(name, n => !names.Contains(n), " ");
            locals.Add(local);
            names.Add(name);
            var handle = describe.HandleTypeOf(method);
            var role = new Role(item.Type, local, handle, null);
            roles.Add(role);
            added.Add((role, "var " + local + " = " + Placing(builder, method, item, name, handle).ToFullString() + ";"));
        }

        var edges = new Edges(describe, roles);
        var retargets = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var (role, _) in added)
        {
            Connect(role, edges, retargets);
        }

        return Rewrite(describe, added.Select(a => a.Declaration), edges.Added, retargets);
    }

    private static ExpressionSyntax Placing(string builder, string method, MissingComponent item, string name, ITypeSymbol? handle)
    {
        var arguments = method == "Component"
            ? new[] { Argument(Text(item.Type)), Argument(Text(name)) }
            : new[] { Argument(Text(name)) };
        ExpressionSyntax call = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(builder), IdentifierName(method)),
            KnobEdits.Arguments(arguments));
        if (item.Instances is { } instances)
        {
            call = KnobEdits.AppendCall(call, "Instances", null, instances);
        }

        foreach (var pair in item.Parameters)
        {
            call = KnobEdits.TypedMethod(handle, Knobs.ByParameter(pair.Key), pair.Value) is { } typed
                ? KnobEdits.AppendCall(call, typed, null, pair.Value)
                : KnobEdits.AppendCall(call, Knobs.ParameterMethod, pair.Key, pair.Value);
        }

        return call;
    }

    private static LiteralExpressionSyntax Text(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    /// <summary>The edges a new component gets; see README.md for the table.</summary>
    private static void Connect(Role added, Edges edges, Dictionary<SyntaxNode, SyntaxNode> retargets)
    {
        var compute = edges.First(Compute);
        switch (added.Type)
        {
            case ComponentTypes.Client:
                edges.Add(added, "Calls", edges.First(ComponentTypes.LoadBalancer, ComponentTypes.ApiGateway, ComponentTypes.App, ComponentTypes.WebSocket));
                break;
            case ComponentTypes.LoadBalancer or ComponentTypes.ApiGateway:
                // Put it between the clients and the servers: client.Calls(app) becomes client.Calls(lb), then lb.Calls(app).
                if (edges.DirectCall(ComponentTypes.Client, Compute, retargets) is { } direct)
                {
                    retargets[direct.Target] = IdentifierName(added.Local).WithTriviaFrom(direct.Target);
                    edges.Add(direct.Client, "Calls", added, existing: true);
                    edges.Add(added, "Calls", direct.Server);
                }
                else
                {
                    edges.Add(edges.First(ComponentTypes.Client), "Calls", added);
                    edges.Add(added, "Calls", edges.First(ComponentTypes.App, ComponentTypes.WebSocket));
                }

                break;
            case ComponentTypes.App or ComponentTypes.WebSocket:
                edges.Add(edges.First(Front), "Calls", added);
                edges.Add(added, "Writes", edges.First(ComponentTypes.DbPrimary));
                edges.Add(added, "Reads", edges.First(ComponentTypes.DbReplica));
                break;
            case ComponentTypes.Worker:
                if (edges.First(ComponentTypes.Queue, ComponentTypes.Stream) is { } source)
                {
                    edges.Add(added, "Consumes", source);
                }
                else
                {
                    edges.Add(added, "Writes", edges.First(ComponentTypes.DbPrimary));
                }

                break;
            case ComponentTypes.Cache or ComponentTypes.Search:
                edges.Add(compute, "Reads", added);
                break;
            case ComponentTypes.Cdn:
                edges.Add(edges.First(ComponentTypes.Client), "Reads", added);
                edges.Add(added, "Calls", edges.First(ComponentTypes.LoadBalancer, ComponentTypes.ApiGateway, ComponentTypes.App));
                break;
            case ComponentTypes.DbPrimary:
                edges.Add(compute, "Writes", added);
                edges.Add(added, "ReplicatesTo", edges.First(ComponentTypes.DbReplica));
                break;
            case ComponentTypes.DbReplica:
                edges.Add(edges.First(ComponentTypes.DbPrimary), "ReplicatesTo", added);
                edges.Add(compute, "Reads", added);
                break;
            case ComponentTypes.Queue or ComponentTypes.Stream:
                edges.Add(edges.First(ComponentTypes.App, ComponentTypes.WebSocket), "Publishes", added);
                edges.Add(edges.First(ComponentTypes.Worker), "Consumes", added);
                break;
            case ComponentTypes.Monitoring:
                edges.Add(compute, "ConnectsTo", added);
                break;
            default:
                edges.Add(compute ?? edges.First(ComponentTypes.Client), "Calls", added);
                break;
        }
    }

    private static BlockSyntax Rewrite(DescribeMethod describe, IEnumerable<string> declarations, IEnumerable<string> edges, Dictionary<SyntaxNode, SyntaxNode> retargets)
    {
        var body = describe.Body;
        var statements = body.Statements;
        var indent = Indentation(body);
        var eol = body.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } found ? found : EndOfLine("\n");
        StatementSyntax Statement(string text) => ParseStatement(text).WithLeadingTrivia(indent).WithTrailingTrivia(eol);

        var last = describe.Components.Select(c => c.Declaration).Where(d => d is not null && d.Parent == body).Select(d => statements.IndexOf(d!)).DefaultIfEmpty(-1).Max();

        // A retargeted edge (readers.Calls(app) → readers.Calls(lb)) may sit between the declarations; the new
        // declarations (builder calls only, no other local) go before it, or it would use a local before its declaration.
        var firstRetargeted = Enumerable.Range(0, statements.Count).Where(i => retargets.Keys.Any(k => statements[i].Span.Contains(k.Span))).DefaultIfEmpty(int.MaxValue).Min();
        last = Math.Min(last, firstRetargeted - 1);
        var end = statements.Count > 0 && statements.Last() is ReturnStatementSyntax ? statements.Count - 1 : statements.Count;
        var list = new List<StatementSyntax>();
        for (var i = 0; i <= statements.Count; i++)
        {
            if (i == last + 1)
            {
                list.AddRange(declarations.Select(Statement));
            }

            if (i == end)
            {
                list.AddRange(edges.Select(Statement));
            }

            if (i < statements.Count)
            {
                var statement = statements[i];
                list.Add(retargets.Keys.Any(k => statement.Span.Contains(k.Span))
                    ? statement.ReplaceNodes(retargets.Keys.Where(k => statement.Span.Contains(k.Span)), (original, _) => retargets[original])
                    : statement);
            }
        }

        return body.WithStatements(List(list));
    }

    private static SyntaxTriviaList Indentation(BlockSyntax body)
    {
        var anchor = body.Statements.FirstOrDefault()?.GetLeadingTrivia() ?? body.OpenBraceToken.LeadingTrivia.Add(Whitespace("    "));
        var whitespace = anchor.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        return whitespace.IsKind(SyntaxKind.WhitespaceTrivia) ? TriviaList(whitespace) : TriviaList(Whitespace("    "));
    }

    /// <summary>A component with a handle local: an existing one, or one the fix adds.</summary>
    private sealed record Role(string Type, string Local, ITypeSymbol? Handle, PlacedComponent? Existing);

    /// <summary>The edges of the design (existing and planned), so no edge is added twice.</summary>
    private sealed class Edges
    {
        private readonly DescribeMethod describe;
        private readonly List<Role> roles;
        private readonly HashSet<(string From, string Method, string To)> known = new();

        public Edges(DescribeMethod describe, List<Role> roles)
        {
            this.describe = describe;
            this.roles = roles;
            foreach (var (statement, from, method, to) in Statements())
            {
                if (Of(from) is { } source && Of(to) is { } target)
                {
                    known.Add((source.Local, method, target.Local));
                }
            }
        }

        public List<string> Added { get; } = new();

        public Role? First(params string[] types) =>
            types.Select(type => roles.FirstOrDefault(r => r.Type == type)).FirstOrDefault(role => role is not null);

        public void Add(Role? from, string method, Role? to, bool existing = false)
        {
            if (from is null || to is null || from == to || !DescribeMethod.Offers(from.Handle, method))
            {
                return;
            }

            // An edge already in the design (or one a retarget creates) is only recorded.
            if (known.Add((from.Local, method, to.Local)) && !existing)
            {
                Added.Add(from.Local + "." + method + "(" + to.Local + ");");
            }
        }

        /// <summary>The first statement <c>client.Calls(server)</c> from a <paramref name="client"/> to one of <paramref name="servers"/>, not yet retargeted.</summary>
        public (Role Client, Role Server, IdentifierNameSyntax Target)? DirectCall(string client, string[] servers, Dictionary<SyntaxNode, SyntaxNode> retargets)
        {
            foreach (var (_, from, method, to) in Statements())
            {
                if (method == "Calls" && to is IdentifierNameSyntax target && !retargets.ContainsKey(target)
                    && Of(from) is { } source && source.Type == client && Of(to) is { } server && servers.Contains(server.Type))
                {
                    return (source, server, target);
                }
            }

            return null;
        }

        private Role? Of(ExpressionSyntax expression) =>
            describe.Resolve(expression) is { } component ? roles.FirstOrDefault(r => r.Existing == component) : null;

        private IEnumerable<(ExpressionStatementSyntax Statement, ExpressionSyntax From, string Method, ExpressionSyntax To)> Statements()
        {
            foreach (var statement in describe.Body.Statements.OfType<ExpressionStatementSyntax>())
            {
                var expression = statement.Expression;
                if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Weight", Expression: ExpressionSyntax inner } })
                {
                    expression = inner;
                }

                if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: { Count: 1 } arguments })
                {
                    yield return (statement, access.Expression, access.Name.Identifier.ValueText, arguments[0].Expression);
                }
            }
        }
    }
}
