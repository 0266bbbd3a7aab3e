using System.Text.Json;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// The "kind" of each JSON Lines record: the header, then one kind per collection, in WorldCollection's order.
internal static class RecordKinds
{
    public const string Header = "header";
    public const string Party = "party";
    public const string Authority = "authority";
    public const string Instrument = "instrument";
    public const string Program = "program";
    public const string List = "list";
    public const string Designation = "designation";
    public const string CountryMeasure = "countryMeasure";
    public const string Treaty = "treaty";
    public const string TreatyAction = "treatyAction";
    public const string Membership = "membership";
    public const string Relation = "relation";
    public const string Position = "position";

    private static readonly string[] Kinds =
        [Party, Authority, Instrument, Program, List, Designation, CountryMeasure, Treaty, TreatyAction, Membership, Relation, Position];

    private static readonly JsonEncodedText[] Encoded = [.. Kinds.Select(k => JsonEncodedText.Encode(k))];

    // The kinds of records after the header, quoted, for messages.
    public static readonly string Expected = string.Join(", ", Kinds[..^1].Select(k => $"'{k}'")) + $" or '{Kinds[^1]}'";

    // The kind of a collection's records, as JSON Lines writes it.
    public static JsonEncodedText Of(WorldCollection collection) => Encoded[(int)collection];
}
