// Drafted by `sysdesign solve booking-reservation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Redis Locks gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Redis Locks) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Booking/Reservation System (booking-reservation).
/// Goal: Learn pessimistic locking patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,423/month.
/// </summary>
[Design("booking-reservation")]
public sealed class BookingReservationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bookingApps = a.Component("redirect_client", "Booking Apps");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 88 (the latency targets with one instance lost) → 88
        var reservationAPI = a.Component("app", "Reservation API").Instances(88);
        // one instance carries the load and no requirement asks for more → 1
        var redisLocks = a.Component("cache", "Redis Locks").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; every constraint at once needs 13 (the latency targets with one instance lost) → 13
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(13);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var waitlist = a.Component("queue", "Waitlist").Instances(3);

        bookingApps.ConnectsTo(lB);
        lB.ConnectsTo(reservationAPI);
        reservationAPI.ConnectsTo(redisLocks);
        reservationAPI.ConnectsTo(postgreSQL);
        reservationAPI.ConnectsTo(waitlist);
    }
}
