// Drafted by `sysdesign solve booking-reservation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Redis Locks is lost or cold (hit rate 80% → 0), P95 of reads from Booking Apps goes from 93.13 ms to unbounded, over the 100 ms target; P95 of writes from Booking Apps goes from 95.11 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Booking/Reservation System (booking-reservation).
/// Goal: Learn pessimistic locking patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $7,695/month.
/// </summary>
[Design("booking-reservation")]
public sealed class BookingReservationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bookingApps = a.Component("redirect_client", "Booking Apps");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; at 86: SD6004 Reservation API: losing one of 86 Reservation API (77.5% → 78.4% busy): P95 of writes from Booking Apps goes from 98.34 ms to 101.93 ms, over the 100 ms target → 87
        var reservationAPI = a.Component("app", "Reservation API").Instances(87);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisLocks = a.Component("cache", "Redis Locks").Instances(1);
        // 2,800 req/s × 1.2 headroom ÷ 1,000 per instance = 4; at 9: SD6002 If Redis Locks is lost or cold (hit rate 80% → 0), PostgreSQL goes from 2,800 to 10,000 req/s against 9,000 req/s capacity (111.1%); 10 instances carry it → 10
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(10);
        // 1,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Waitlist is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry queue: AWS EC2 SLA, in... → 2
        var waitlist = a.Component("queue", "Waitlist").Instances(2);

        bookingApps.ConnectsTo(lB);
        lB.ConnectsTo(reservationAPI);
        reservationAPI.ConnectsTo(redisLocks);
        reservationAPI.ConnectsTo(postgreSQL);
        reservationAPI.ConnectsTo(waitlist);
    }
}
