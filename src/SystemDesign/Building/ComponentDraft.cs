using System;
using System.Collections.Generic;
using SystemDesign.Model;

namespace SystemDesign.Building;

/// <summary>The mutable record of one declared component while a design is being built.</summary>
internal sealed class ComponentDraft
{
    public ComponentDraft(string name, string type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string Type { get; }

    public int? Instances { get; set; }

    public double? CapacityPerInstance { get; set; }

    public double? ServiceTimeMs { get; set; }

    public double? Availability { get; set; }

    public double? HourlyCostUsd { get; set; }

    public int? ConnectionsPerInstance { get; set; }

    public double? RepairTimeHours { get; set; }

    public double? TimeBetweenFailuresHours { get; set; }

    public string? Zone { get; set; }

    public string? Region { get; set; }

    /// <summary>Generic parameters, including hit_rate and partitions; created on first use (most components have none).</summary>
    public Dictionary<string, double>? Parameters { get; private set; }

    public void SetParameter(string name, double value) =>
        (Parameters ??= new Dictionary<string, double>(StringComparer.Ordinal))[name] = value;

    public Component ToComponent()
    {
        var component = new Component(Name, Type)
        {
            Instances = Instances,
            CapacityPerInstance = CapacityPerInstance,
            ServiceTimeMs = ServiceTimeMs,
            Availability = Availability,
            HourlyCostUsd = HourlyCostUsd,
            ConnectionsPerInstance = ConnectionsPerInstance,
            RepairTimeHours = RepairTimeHours,
            TimeBetweenFailuresHours = TimeBetweenFailuresHours,
            Zone = Zone,
            Region = Region,
        };
        return Parameters is null ? component : component with { Parameters = Parameters };
    }
}
