using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Ftm;

/// <summary>
/// One FollowTheMoney entity as OpenSanctions publishes it: every property an array of strings,
/// references to other entities by id.
/// </summary>
internal sealed class FtmEntity
{
    private static readonly string[] None = [];

    public FtmEntity(string id, string schema, SourceLocation location)
    {
        Id = id;
        Schema = schema;
        Location = location;
    }

    public string Id { get; }

    public string Schema { get; }

    public SourceLocation Location { get; }

    public string? Caption { get; set; }

    public Dictionary<string, string[]> Properties { get; } = new(StringComparer.Ordinal);

    public string[] Datasets { get; set; } = None;

    public string[] Referents { get; set; } = None;

    public bool? Target { get; set; }

    public string? FirstSeen { get; set; }

    public string? LastSeen { get; set; }

    public string? LastChange { get; set; }

    /// <summary>The values of a property, empty when absent.</summary>
    public string[] Get(string property) => Properties.TryGetValue(property, out var values) ? values : None;

    public string? First(string property) => Properties.TryGetValue(property, out var values) && values.Length > 0 ? values[0] : null;
}

/// <summary>What a delta line does to the stored entity.</summary>
internal enum FtmDeltaOp
{
    Add,
    Modify,
    Delete,
}

/// <summary>One line of an <c>entities.delta.json</c> file.</summary>
internal sealed record FtmDelta(FtmDeltaOp Op, string EntityId, FtmEntity? Entity, SourceLocation Location);
