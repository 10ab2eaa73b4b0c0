namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of live-comments-100k-viewers, before the fix: 100K viewers polling the comment service for new comments.
/// </summary>
/// <remarks>
/// No push fleet holds the viewers' connections; moderation runs in the request.
/// </remarks>
[Incident("live-comments-100k-viewers", "SD1001", "SD1002", "SD1003")]
public sealed class LiveComments100kViewersIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var viewers = a.Component("client", "Viewers");
        var lB = a.Component("lb", "LB").Instances(2);
        var commentService = a.Component("app", "Comment Service").Instances(80);
        var commentsDB = a.Component("db_primary", "Comments DB").Instances(12);

        viewers.ConnectsTo(lB);
        lB.ConnectsTo(commentService);
        commentService.ConnectsTo(commentsDB);
    }
}
