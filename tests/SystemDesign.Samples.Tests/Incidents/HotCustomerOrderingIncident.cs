namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of hot-customer-ordering, before the fix: one customer's 1,000 orders a second on one partition keyed by customer_id.
/// </summary>
/// <remarks>
/// Seed 001, "### 67. Message Ordering in Distributed Systems": Kafka partitioned by customer_id "works until a customer
/// places 1000 orders/second". At the problem's 1,000 orders/s that customer is all of the traffic, HotKeyShare 1:
/// its one partition feeds one of the three processors at 100% of that instance (SD7014), the other two idle (SD2006).
/// </remarks>
[Incident("hot-customer-ordering", "SD1004", "SD2001", "SD2006", "SD7014")]
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
