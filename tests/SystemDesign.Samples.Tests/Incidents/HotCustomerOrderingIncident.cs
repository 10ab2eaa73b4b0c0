namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of hot-customer-ordering, before the fix: one customer's 1,000 orders a second on one partition keyed by customer_id.
/// </summary>
/// <remarks>
/// The busiest key is all of the traffic: its one partition feeds one of the three processors; the other two idle.
/// </remarks>
[Incident("hot-customer-ordering", "SD1004", "SD2001", "SD2006")]
public sealed class HotCustomerOrderingIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var customers = a.Component("client", "Customers");
        var orderAPI = a.Component("app", "Order API").Instances(8);
        var orderStream = a.Component("stream", "Order Stream").Instances(2).Parameter("hot_key_share", 1).Parameter("partitions", 1);
        var orderProcessors = a.Component("worker", "Order Processors").Instances(3);
        var ordersDB = a.Component("db_primary", "Orders DB").Instances(3);

        customers.ConnectsTo(orderAPI);
        orderAPI.ConnectsTo(orderStream);
        orderStream.ConnectsTo(orderProcessors);
        orderProcessors.ConnectsTo(ordersDB);
    }
}
