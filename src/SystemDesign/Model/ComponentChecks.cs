using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SystemDesign.Model;

/// <summary>Range and applicability checks on the knobs of one component.</summary>
internal static class ComponentChecks
{
    public static void CheckKnobs(Component c, FindingTarget target, List<Finding> findings)
    {
        // How messages name the component, built only for a message: most components have nothing to report.
        string Who() => ArchitectureValidator.Describe(c);
        var name = string.IsNullOrWhiteSpace(c.Name) ? null : c.Name;

        void Add(Rule rule, string knob, string message) =>
            findings.Add(ArchitectureValidator.Make(rule, name, target, message, knob));

        if (c.Instances is { } instances)
        {
            if (instances <= 0)
            {
                Add(Rules.InvalidInstances, Knobs.Instances.Key, Format(
                    "{0} has Instances({1}); a component needs at least 1 instance. Use Instances(1) or more, or remove the call to take the default.",
                    Who(),
                    instances));
            }
            else if (instances > Knobs.MaxInstances)
            {
                Add(Rules.HugeInstanceCount, Knobs.Instances.Key, Format(
                    "{0} has Instances({1}): {2} instances is more than 1,000,000. Check for a typo (an extra zero?); if the count is real, raise CapacityPerInstance instead of multiplying instances.",
                    Who(),
                    instances,
                    ModelNumbers.Count(instances)));
            }
        }

        foreach (var knob in Knobs.All.Where(k => k.Rule == Rules.NonPositiveKnob))
        {
            CheckPositive(knob.Read(c) as double?, knob);
        }

        if (c.Availability is { } availability && !(availability > 0 && availability <= 1))
        {
            Add(Rules.AvailabilityOutOfRange, Knobs.Availability.Key, Format(
                "{0} has Availability({1}); per-instance availability is a probability in (0, 1], for example Availability(0.999) for three nines (not 99.9).",
                Who(),
                ModelNumbers.Literal(availability)));
        }

        CheckParameters();
        CheckApplicability();
        CheckClientPart();

        if (c.ConnectionsPerInstance is { } connections && connections <= 0)
        {
            Add(Rules.InvalidConnectionsPerInstance, Knobs.ConnectionsPerInstance.Key, Format(
                "{0} has ConnectionsPerInstance({1}); it must be at least 1, for example ConnectionsPerInstance(50000), or remove the call to take the default.",
                Who(),
                connections));
        }

        foreach (var knob in Knobs.All.Where(k => k.Rule == Rules.BlankPlacement))
        {
            CheckPlacement(knob.Read(c) as string, knob);
        }

        void CheckPositive(double? value, Knob knob)
        {
            if (value is { } v && !ArchitectureValidator.IsPositiveFinite(v))
            {
                Add(Rules.NonPositiveKnob, knob.Key, Format(
                    "{0} has {1}({2}); it must be a positive, finite number of {3}, for example {4}. Fix the value, or remove the call to take the default.",
                    Who(),
                    knob.Method,
                    ModelNumbers.Literal(v),
                    knob.Unit,
                    knob.Example));
            }
        }

        void CheckParameters()
        {
            foreach (var pair in c.Parameters)
            {
                var value = ModelNumbers.Literal(pair.Value);
                if (string.Equals(pair.Key, ParameterNames.HitRate, System.StringComparison.Ordinal))
                {
                    if (!(pair.Value >= 0 && pair.Value <= 1))
                    {
                        Add(Rules.HitRateOutOfRange, Finding.ParameterKnob(pair.Key), Format(
                            "{0} has hit rate {1}; a hit rate is a fraction in [0, 1], for example HitRate(0.9) for 90%.",
                            Who(),
                            value));
                    }
                }
                else if (string.Equals(pair.Key, ParameterNames.Partitions, System.StringComparison.Ordinal))
                {
                    if (!(pair.Value >= 1 && Component.IsWholeInt32(pair.Value)))
                    {
                        Add(Rules.InvalidPartitions, Finding.ParameterKnob(pair.Key), Format(
                            "{0} has {1} partitions; a stream needs a whole number of partitions, at least 1, for example Partitions(12).",
                            Who(),
                            value));
                    }
                }
                else if (Knobs.ByParameter(pair.Key) is { } typed && typed.Rule == Rules.InvalidConnectionsPerInstance)
                {
                    // A connection count (pool size, connection limit): its row says whole and at least 1.
                    if (typed.Accepts is { } accepts && !accepts(pair.Value))
                    {
                        Add(typed.Rule, typed.Key, Format(
                            "{0} has {1}({2}); it must be a whole number of {3}, at least 1, for example {4}, or remove the call to take the default.",
                            Who(),
                            typed.Method,
                            value,
                            typed.Unit,
                            typed.Example));
                    }
                }
                else if (Knobs.ByParameter(pair.Key) is { } knob && knob.Rule == Rules.InvalidParameter)
                {
                    if (!InRange(knob, pair.Value))
                    {
                        Add(Rules.InvalidParameter, knob.Key, Format(
                            "{0} has {1} {2}; it must be {3} ({4}), for example {5}. Fix the value, or remove the call to take the default.",
                            Who(),
                            knob.Label,
                            value,
                            knob.Range,
                            knob.Unit,
                            knob.Example));
                    }
                }
                else if (Knobs.ByParameter(pair.Key) is { } positive && positive.Rule == Rules.NonPositiveKnob)
                {
                    // CheckPositive reports it (SD0008), a NaN or ±∞ included; a second finding would say it twice.
                }
                else if (string.IsNullOrWhiteSpace(pair.Key))
                {
                    Add(Rules.InvalidParameter, Finding.ParameterKnob(pair.Key), Format(
                        "{0} has a parameter with an empty name (value {1}). Name the parameter as the catalog does, for example Parameter(\"hit_rate\", 0.9).",
                        Who(),
                        value));
                }
                else if (!ArchitectureValidator.IsFinite(pair.Value))
                {
                    Add(Rules.InvalidParameter, Finding.ParameterKnob(pair.Key), Format(
                        "{0} has Parameter(\"{1}\", {2}); parameter values must be finite numbers. Fix the value or remove the call.",
                        Who(),
                        pair.Key,
                        value));
                }
            }
        }

        void CheckApplicability()
        {
            // Only the generic types have known knobs; exotic types take any parameter (the registry decides).
            if (!ComponentTypes.IsGeneric(c.Type))
            {
                return;
            }

            foreach (var knob in Knobs.All.Where(k => k.IsSet(c) && !k.AppliesTo(c.Type)))
            {
                Add(Rules.KnobNotApplicable, knob.Key, Format(
                    "{0} is of type '{1}' but sets {2}, which only means something on {3}; the engine ignores it here. Remove it, or change the component's type.",
                    Who(),
                    c.Type,
                    knob.Noun ?? knob.Method,
                    knob.MeaningfulOn ?? string.Empty));
            }
        }

        // A client's part of the workload is a share or a rate; with both, which one the engine should grade is a guess.
        void CheckClientPart()
        {
            if (c.WorkloadShare is { } share && c.RequestRate is { } rate)
            {
                Add(Rules.InvalidParameter, Knobs.RequestRate.Key, Format(
                    "{0} states both WorkloadShare({1}) and RequestRate({2}); a client's part of the workload is one or the other. Keep the one the problem states and remove the other call.",
                    Who(),
                    ModelNumbers.Literal(share),
                    ModelNumbers.Literal(rate)));
            }
        }

        void CheckPlacement(string? value, Knob knob)
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                Add(Rules.BlankPlacement, knob.Key, Format(
                    "{0} has {1}(\"{2}\"), a blank name; the engine treats it as not placed. Use a real name, for example {3}, or remove the call.",
                    Who(),
                    knob.Method,
                    value,
                    knob.Example));
            }
        }
    }

    // The ranges of the parameter knobs SD0017 guards, as their rows' Range says them.
    private static bool InRange(Knob knob, double value) => knob.Accepts?.Invoke(value) ?? ArchitectureValidator.IsFinite(value);

    private static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
