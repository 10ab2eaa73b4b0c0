namespace SystemDesign.Model;

/// <summary>
/// Stable rule ids. SD0xxx are about using the DSL; each is documented in docs/design-api.md.
/// The same id appears in the IDE, in <c>dotnet test</c> and in the <c>sysdesign</c> tool.
/// </summary>
public static class RuleIds
{
    /// <summary>SD0001 (error): a component's name is empty or whitespace.</summary>
    public const string EmptyName = "SD0001";

    /// <summary>SD0002 (error): two components share a name (names are compared ordinally).</summary>
    public const string DuplicateName = "SD0002";

    /// <summary>SD0003 (error): a component's type is empty or whitespace.</summary>
    public const string EmptyType = "SD0003";

    /// <summary>SD0004 (error): a connection starts or ends at a name that is not a component of the design.</summary>
    public const string DanglingConnection = "SD0004";

    /// <summary>SD0005 (error): a connection from a component to itself.</summary>
    public const string SelfConnection = "SD0005";

    /// <summary>SD0006 (warning): the same connection (from, to, kind) is declared more than once.</summary>
    public const string DuplicateConnection = "SD0006";

    /// <summary>SD0007 (error): an instance count of zero or less.</summary>
    public const string InvalidInstances = "SD0007";

    /// <summary>SD0008 (error): capacity per instance, service time or hourly cost is not a positive finite number.</summary>
    public const string NonPositiveKnob = "SD0008";

    /// <summary>SD0009 (error): the design's <c>Describe</c> method threw an exception.</summary>
    public const string DescribeThrew = "SD0009";

    /// <summary>SD0010 (error): a per-instance availability outside (0, 1].</summary>
    public const string AvailabilityOutOfRange = "SD0010";

    /// <summary>SD0011 (error): a hit rate outside [0, 1].</summary>
    public const string HitRateOutOfRange = "SD0011";

    /// <summary>SD0012 (error): a partition count that is not a positive whole number.</summary>
    public const string InvalidPartitions = "SD0012";

    /// <summary>SD0013 (error): a connection weight that is not a positive finite number.</summary>
    public const string InvalidWeight = "SD0013";

    /// <summary>SD0014 (warning): a knob set on a component type where it means nothing (for example a hit rate on a database).</summary>
    public const string KnobNotApplicable = "SD0014";

    /// <summary>SD0015 (warning): more than 1,000,000 instances of one component.</summary>
    public const string HugeInstanceCount = "SD0015";

    /// <summary>SD0016 (error): connections per instance of zero or less.</summary>
    public const string InvalidConnectionsPerInstance = "SD0016";

    /// <summary>SD0017 (error): a generic parameter with an empty name or a value that is not finite.</summary>
    public const string InvalidParameter = "SD0017";

    /// <summary>SD0018 (warning): a zone or region set to an empty or whitespace string.</summary>
    public const string BlankPlacement = "SD0018";

    /// <summary>SD0019 (error, reserved): the problem id in <c>[Design]</c> is not in the catalog. Reported by the catalog-aware tools, not by <see cref="Architecture.Validate"/>.</summary>
    public const string UnknownProblem = "SD0019";

    /// <summary>SD0020 (warning, reserved): a component type outside the problem's palette or unknown to the registry. Reported by the catalog-aware tools.</summary>
    public const string TypeOutsidePalette = "SD0020";

    /// <summary>SD0021 (info, reserved): the design is not statically evaluable and is checked at test time instead. Reported by the analyzer.</summary>
    public const string NotStaticallyEvaluable = "SD0021";
}
