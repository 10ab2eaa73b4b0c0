namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of job-queue-100k-per-minute, before the fix: jobs run inside the web request.
/// </summary>
/// <remarks>
/// No queue, no workers: a slow or failing job holds a request.
/// </remarks>
[Incident("job-queue-100k-per-minute", "SD1001", "SD1002", "SD1003")]
public sealed class JobQueue100kPerMinuteIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var producers = a.Component("client", "Producers");
        var lB = a.Component("lb", "LB").Instances(2);
        var jobsAPI = a.Component("app", "Jobs API").Instances(14);
        var resultsDB = a.Component("db_primary", "Results DB").Instances(3);

        producers.ConnectsTo(lB);
        lB.ConnectsTo(jobsAPI);
        jobsAPI.ConnectsTo(resultsDB);
    }
}
