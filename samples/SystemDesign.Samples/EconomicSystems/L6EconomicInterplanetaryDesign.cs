// Drafted by `sysdesign solve l6-economic-interplanetary` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Interplanetary Economic System (l6-economic-interplanetary).
/// Goal: Create economic infrastructure for trade between Earth and Mars colonies
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,016/month.
/// </summary>
[Design("l6-economic-interplanetary")]
public sealed class L6EconomicInterplanetaryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Futures Exchange is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry futures_exchan... → 2
        var futuresExchange = a.Component("futures_exchange", "Futures Exchange").Instances(2);
        // at 1: SD4002 Oracle Network is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry oracle_network: ... → 2
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(2);
        // at 1: SD4002 Escrow System is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry escrow_system: AW... → 2
        var escrowSystem = a.Component("escrow_system", "Escrow System").Instances(2);
        // at 1: SD4002 Arbitration DAO is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry arbitration_dao... → 2
        var arbitrationDAO = a.Component("arbitration_dao", "Arbitration DAO").Instances(2);
        // at 1: SD4002 Delay Tolerant Ledger is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry delay_tol... → 2
        var delayTolerantLedger = a.Component("delay_tolerant_ledger", "Delay Tolerant Ledger").Instances(2);

        futuresExchange.Calls(arbitrationDAO);
        oracleNetwork.Calls(arbitrationDAO);
        escrowSystem.Calls(arbitrationDAO);
        futuresExchange.Calls(delayTolerantLedger);
        oracleNetwork.Calls(delayTolerantLedger);
        escrowSystem.Calls(delayTolerantLedger);
        arbitrationDAO.Calls(delayTolerantLedger);
    }
}
