using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// Which share of the workload's reads and of its writes each entry point emits (docs/workload.md, "Who sends the
/// reads and the writes"). A client sends the classes its role says (<see cref="ClientRole"/>, from the registry); a
/// class no client's role includes goes to every client but an analysts' one (the export names its generic client
/// <c>redirect_client</c>: 208 of the 209 reference solutions that use it have no other client, so a lone
/// redirect_client still sends the writes). Of each class, a client that states its part
/// (<see cref="Knobs.WorkloadShare"/>, or <see cref="Knobs.RequestRate"/> over the target rates of the classes it
/// sends) takes it; the clients that state none share what is left evenly, the one assumption left when the design
/// says nothing. An analysts' client that states nothing sends the reads only when no user client reads too.
/// Entry points that are not clients (a design without one) share both classes evenly.
/// </summary>
internal sealed class EntryShares
{
    // Shares that add up to 1 within rounding (three clients at 1/3 each) are whole.
    private const double Tolerance = 1e-9;

    private EntryShares(double[] reads, double[] writes, IReadOnlyList<ShareIssue> issues)
    {
        Reads = reads;
        Writes = writes;
        Issues = issues;
    }

    /// <summary>Per entry (in <see cref="FlowGraph.Entries"/> order), its fraction of the workload's reads.</summary>
    public double[] Reads { get; }

    /// <summary>Per entry (in <see cref="FlowGraph.Entries"/> order), its fraction of the workload's writes.</summary>
    public double[] Writes { get; }

    /// <summary>Where the clients' parts do not make up the workload (SD2009); empty without a workload.</summary>
    public IReadOnlyList<ShareIssue> Issues { get; }

    public static EntryShares Of(FlowGraph graph)
    {
        var count = graph.Entries.Length;
        var reads = new double[count];
        var writes = new double[count];
        if (!graph.EntriesAreClients)
        {
            for (var i = 0; i < count; i++)
            {
                reads[i] = writes[i] = 1.0 / count;
            }

            return new EntryShares(reads, writes, []);
        }

        var clients = graph.Entries.Select(e => graph.Nodes[e]).ToArray();
        var sendsReads = Senders(clients, RequestClass.Read);
        var sendsWrites = Senders(clients, RequestClass.Write);
        var issues = new List<ShareIssue>();
        var stated = new double?[count];
        for (var i = 0; i < count; i++)
        {
            stated[i] = Stated(clients[i], sendsReads[i], sendsWrites[i], graph.Targets, issues);
        }

        var rateAbove = issues.Count > 0;
        Split(RequestClass.Read, clients, sendsReads, stated, graph.Targets, reads, issues, rateAbove);
        Split(RequestClass.Write, clients, sendsWrites, stated, graph.Targets, writes, issues, rateAbove);
        return new EntryShares(reads, writes, issues);
    }

    // Who sends a class: the clients whose role includes it, else every client that takes an unclaimed class.
    private static bool[] Senders(ResolvedComponent[] clients, RequestClass c)
    {
        var byRole = clients.Select(n => c == RequestClass.Read ? n.Role.EmitsReads() : n.Role.EmitsWrites()).ToArray();
        return byRole.Any(b => b) ? byRole : clients.Select(n => n.Role.TakesUnclaimedClass()).ToArray();
    }

    // A client's stated part as a share of each class it sends; null when it states none (or an invalid one: SD0008/SD0017).
    private static double? Stated(ResolvedComponent client, bool reads, bool writes, ClassRates? targets, List<ShareIssue> issues)
    {
        var component = client.Component;
        if (component.WorkloadShare is { } share && share > 0 && share <= 1)
        {
            return share;
        }

        if (component.RequestRate is not { } rate || !(rate > 0) || double.IsInfinity(rate) || targets is not { } t)
        {
            return null;
        }

        var total = (reads ? t.Reads : 0) + (writes ? t.Writes : 0);
        if (rate > total * (1 + Tolerance))
        {
            var what = reads && writes ? "requests" : reads ? "reads" : "writes";
            issues.Add(new ShareIssue(client.Name, Knobs.RequestRate, total > 0
                ? $"{client.Name} states RequestRate({N(rate)}), above the {N(total)} {what}/s the problem states for the {what} it sends: the design is graded at more load than the problem's. Lower it to {N(total)} or less."
                : $"{client.Name} states RequestRate({N(rate)}), but the problem states no {what} for it to send: it sends nothing. Remove the call, or use a client whose role sends what the problem states."));
        }

        return total > 0 ? rate / total : 0;
    }

    private static void Split(RequestClass c, ResolvedComponent[] clients, bool[] senders, double?[] stated, ClassRates? targets, double[] shares, List<ShareIssue> issues, bool rateAbove)
    {
        var userSends = clients.Where((n, i) => senders[i] && n.Role != ClientRole.Queries).Any();
        var statedSum = 0.0;
        var open = new List<int>();
        var quiet = new List<int>();
        for (var i = 0; i < clients.Length; i++)
        {
            if (!senders[i])
            {
                continue;
            }

            if (stated[i] is { } s)
            {
                shares[i] = s;
                statedSum += s;
            }
            else if (clients[i].Role == ClientRole.Queries && userSends)
            {
                quiet.Add(i); // an analysts' client does not take a part of the user traffic it does not state
            }
            else
            {
                open.Add(i);
            }
        }

        foreach (var i in open)
        {
            shares[i] = System.Math.Max(0, 1 - statedSum) / open.Count;
        }

        if (targets is { } t && t[c] > 0)
        {
            Explain(c, t[c], clients, senders, stated, statedSum, open, quiet, issues, rateAbove);
        }
    }

    private static void Explain(RequestClass c, double target, ResolvedComponent[] clients, bool[] senders, double?[] stated, double statedSum, List<int> open, List<int> quiet, List<ShareIssue> issues, bool rateAbove)
    {
        var what = c == RequestClass.Read ? "reads" : "writes";
        var statedBy = Enumerable.Range(0, clients.Length).Where(i => senders[i] && stated[i] is not null).ToArray();
        string Parts() => Listed(statedBy.Select(i => clients[i].Name + " " + Percent(stated[i]!.Value)), ", ");
        Knob KnobOf(int i) => clients[i].Component.WorkloadShare is > 0 and <= 1 ? Knobs.WorkloadShare : Knobs.RequestRate;

        if (!senders.Any(s => s))
        {
            issues.Add(new ShareIssue(null, null,
                $"No client sends the workload's {what}: the {N(target)} {what}/s the problem states come from no client, so they are not graded. Add a client that sends them, e.g. a.Client(\"Users\"); an analysts' client sends only its queries."));
        }
        else if (statedSum > 1 + Tolerance && !rateAbove)
        {
            issues.Add(new ShareIssue(clients[statedBy[0]].Name, KnobOf(statedBy[0]),
                $"The clients' stated parts of the {what} add up to {Percent(statedSum)} ({Parts()}): the design is graded at {N(statedSum * target)} {what}/s, the problem states {N(target)}. Lower them so they add up to 100%."));
        }
        else if (statedSum < 1 - Tolerance && open.Count == 0 && statedBy.Length > 0)
        {
            issues.Add(new ShareIssue(clients[statedBy[0]].Name, KnobOf(statedBy[0]),
                $"The clients' stated parts of the {what} add up to {Percent(statedSum)} ({Parts()}) and no other client sends them: {N((1 - statedSum) * target)} of the {N(target)} {what}/s the problem states come from no client. Raise the parts to add up to 100%, or add a client that states none to send the rest."));
        }
        else if (statedSum >= 1 - Tolerance && statedSum <= 1 + Tolerance && open.Count > 0)
        {
            var names = Listed(open.Select(i => clients[i].Name), ", ");
            issues.Add(new ShareIssue(clients[open[0]].Name, null,
                $"{names} state{(open.Count == 1 ? "s" : string.Empty)} no part of the {what} and the stated parts ({Parts()}) take all of them: {names} send{(open.Count == 1 ? "s" : string.Empty)} none. State {(open.Count == 1 ? "its" : "their")} part with WorkloadShare or RequestRate, or lower the others'."));
        }

        foreach (var i in quiet)
        {
            var name = clients[i].Name;
            issues.Add(new ShareIssue(name, null,
                $"{name} sends analytical queries, but the problem's {N(target)} reads/s are also sent by user clients and {name} states no part of them: it sends nothing, so its queries are not graded. State the queries per second the analysts send with {name}.RequestRate(...), or their share of the reads with WorkloadShare(...)."));
        }
    }
}
