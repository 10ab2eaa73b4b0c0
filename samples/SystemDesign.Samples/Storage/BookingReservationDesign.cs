// Drafted by `sysdesign solve booking-reservation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Booking/Reservation System (booking-reservation).
/// Goal: Learn pessimistic locking patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,223/month.
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
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; at 87: SD6004 If Redis Locks is lost or cold (hit rate 80% → 0), P95 of writes from Booking Apps goes from 95.05 ms to 100.16 ms, over the 100 ms target → 88
        var reservationAPI = a.Component("app", "Reservation API").Instances(88);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisLocks = a.Component("cache", "Redis Locks").Instances(1);
        // 2,800 req/s × 1.2 headroom ÷ 1,000 per instance = 4; every constraint at once needs 11 (Redis Locks cold: 10,000 ÷ 1,000 req/s below 100%); at 11: SD6004 If Redis Locks is lost or cold (hit rate 80% → 0), P95 of reads from Booking Apps goes from 90.21 ms to 104.18 ms, over the 100 ms target; P95 ...
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(12);
        // 1,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var waitlist = a.Component("queue", "Waitlist").Instances(2);

        bookingApps.ConnectsTo(lB);
        lB.ConnectsTo(reservationAPI);
        reservationAPI.ConnectsTo(redisLocks);
        reservationAPI.ConnectsTo(postgreSQL);
        reservationAPI.ConnectsTo(waitlist);
    }
}
