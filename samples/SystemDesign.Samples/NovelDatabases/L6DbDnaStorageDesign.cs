// Drafted by `sysdesign solve l6-db-dna-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.NovelDatabases;

/// <summary>
/// DNA Storage Database System (l6-db-dna-storage).
/// Goal: Design database system using synthetic DNA for exabyte-scale archival storage
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,104/month.
/// </summary>
[Design("l6-db-dna-storage")]
public sealed class L6DbDnaStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Error Correction Codec is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry error_co... → 2
        var errorCorrectionCodec = a.Component("error_correction_codec", "Error Correction Codec").Instances(2);
        // at 1: SD4002 DNA Synthesizer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry dna_synthesizer... → 2
        var dNASynthesizer = a.Component("dna_synthesizer", "DNA Synthesizer").Instances(2);
        // at 1: SD4002 Sequencer Array is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry sequencer_array... → 2
        var sequencerArray = a.Component("sequencer_array", "Sequencer Array").Instances(2);
        // at 1: SD4002 Index Cache is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry index_cache: AWS EC... → 2
        var indexCache = a.Component("index_cache", "Index Cache").Instances(2);
        // at 1: SD4002 Primer Database is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry primer_database... → 2
        var primerDatabase = a.Component("primer_database", "Primer Database").Instances(2);

        errorCorrectionCodec.Calls(dNASynthesizer);
        errorCorrectionCodec.Calls(sequencerArray);
        errorCorrectionCodec.Reads(indexCache);
        errorCorrectionCodec.Calls(primerDatabase);
        dNASynthesizer.Reads(indexCache);
        dNASynthesizer.Calls(primerDatabase);
        sequencerArray.Reads(indexCache);
        sequencerArray.Calls(primerDatabase);
        indexCache.Reads(primerDatabase);
    }
}
