namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of email-1b-per-month, before the fix: emails sent synchronously from the API.
/// </summary>
/// <remarks>
/// No send queue and no workers: a slow SMTP server holds the API request.
/// </remarks>
[Incident("email-1b-per-month", "SD1001", "SD1003")]
public sealed class Email1bPerMonthIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var senders = a.Component("client", "Senders");
        var lB = a.Component("lb", "LB").Instances(2);
        var emailAPI = a.Component("app", "Email API").Instances(4);
        var emailDB = a.Component("db_primary", "Email DB").Instances(2);

        senders.ConnectsTo(lB);
        lB.ConnectsTo(emailAPI);
        emailAPI.ConnectsTo(emailDB);
    }
}
