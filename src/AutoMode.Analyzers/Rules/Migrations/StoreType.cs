using System;
using System.Collections.Generic;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// A column store type as EF Core scaffolds it (<c>nvarchar(100)</c>, <c>character varying(50)</c>,
/// <c>decimal(18,2)</c>, <c>TEXT</c>), and whether changing one into another can lose data.
/// </summary>
internal sealed class StoreType
{
    private const int Unbounded = int.MaxValue;

    /// <summary>Families ordered by capacity: a move to the right within a family keeps every value.</summary>
    private static readonly string[][] Families =
    {
        new[] { "bit" },
        new[] { "tinyint", "smallint", "mediumint", "int", "bigint" },
        new[] { "real", "float" },
        new[] { "char", "nchar", "varchar", "nvarchar", "tinytext", "text", "ntext", "citext", "mediumtext", "longtext", "clob" },
        new[] { "binary", "varbinary", "bytea", "blob", "image" },

        // timestamp -> timestamp with time zone (PostgreSQL), datetime2 -> datetimeoffset: every value converts (read in the
        // session's or UTC offset); the column is rewritten, which the caller judges as a lock, not as lost data.
        new[] { "date", "smalldatetime", "datetime", "datetime2", "timestamp", "datetimeoffset" },
    };

    /// <summary>Character types without a length limit: every scalar value (number, date, uuid, bool) has a text form that fits.</summary>
    private static readonly HashSet<string> UnboundedText = new(StringComparer.OrdinalIgnoreCase) { "text", "ntext", "citext", "mediumtext", "longtext", "clob" };

    /// <summary>Binary types: their bytes need not be valid text.</summary>
    private static readonly HashSet<string> BinaryTypes = new(StringComparer.OrdinalIgnoreCase) { "binary", "varbinary", "bytea", "blob", "image" };

    /// <summary>Spellings of the same type across dialects.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["boolean"] = "bit", ["bool"] = "bit", ["integer"] = "int", ["int4"] = "int", ["int8"] = "bigint", ["int2"] = "smallint",
        ["float4"] = "real", ["float8"] = "float", ["double precision"] = "float", ["double"] = "float",
        ["character varying"] = "varchar", ["character"] = "char", ["timestamp without time zone"] = "timestamp",
        ["timestamp with time zone"] = "datetimeoffset", ["timestamptz"] = "datetimeoffset", ["dec"] = "decimal",
    };

    private static readonly HashSet<string> DecimalTypes = new(StringComparer.OrdinalIgnoreCase) { "decimal", "numeric", "money", "smallmoney", "number" };

    private StoreType(string name, int? length, int? scale)
    {
        Name = name;
        Length = length;
        Scale = scale;
    }

    /// <summary>Lower-case base name without arguments: <c>nvarchar</c>, <c>character varying</c>.</summary>
    public string Name { get; }

    /// <summary>The length or precision (max = unbounded); null when not written.</summary>
    public int? Length { get; }

    public int? Scale { get; }

    public static StoreType? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text!.Trim().ToLowerInvariant();
        var open = trimmed.IndexOf('(');
        if (open < 0)
        {
            return new StoreType(Canonical(trimmed), null, null);
        }

        var close = trimmed.IndexOf(')', open);
        var name = trimmed.Substring(0, open).Trim();
        var args = (close > open ? trimmed.Substring(open + 1, close - open - 1) : trimmed.Substring(open + 1)).Split(',');
        var length = ParseArgument(args[0]);
        var scale = args.Length > 1 ? ParseArgument(args[1]) : null;
        var rest = close > 0 && close + 1 < trimmed.Length ? trimmed.Substring(close + 1).Trim() : string.Empty;
        return new StoreType(Canonical(rest.Length > 0 ? name + " " + rest : name), length, scale);
    }

    private static string Canonical(string name) => Aliases.TryGetValue(name, out var canonical) ? canonical : name;

    private static int? ParseArgument(string argument)
    {
        argument = argument.Trim();
        if (argument == "max")
        {
            return Unbounded;
        }

        return int.TryParse(argument, out var value) ? value : null;
    }

    /// <summary>Why moving from <paramref name="old"/> to <paramref name="changed"/> can lose or reject values; null when it cannot.</summary>
    public static string? Narrowing(StoreType old, StoreType changed)
    {
        if (old.Name == changed.Name)
        {
            if (DecimalTypes.Contains(old.Name))
            {
                return NarrowerDecimal(old, changed);
            }

            if (Bounded(changed.Length) < Bounded(old.Length))
            {
                return $"it shortens {old.Name} from {Show(old.Length)} to {Show(changed.Length)}: longer values are truncated or the change fails";
            }

            return null;
        }

        if (DecimalTypes.Contains(old.Name) && DecimalTypes.Contains(changed.Name))
        {
            return NarrowerDecimal(old, changed);
        }

        // uuid -> text, int -> text: an unbounded character column holds the text of any scalar (text to text is judged below by rank).
        if (!BinaryTypes.Contains(old.Name) && !IsCharacter(old.Name) && (UnboundedText.Contains(changed.Name) || (IsCharacter(changed.Name) && changed.Length == Unbounded)))
        {
            return null;
        }

        // MySQL's "tinyint unsigned" (0..255) fits a larger signed integer (smallint); the same unsigned type keeps its range.
        var oldUnsigned = Unsigned(old.Name, out var oldBase);
        var newUnsigned = Unsigned(changed.Name, out var newBase);
        if (oldUnsigned || newUnsigned)
        {
            var oldIntRank = Rank(oldBase, out var oldIntFamily);
            var newIntRank = Rank(newBase, out var newIntFamily);
            if (oldIntFamily == 1 && newIntFamily == 1 && (oldUnsigned == newUnsigned ? newIntRank >= oldIntRank : !newUnsigned && newIntRank > oldIntRank))
            {
                return null;
            }
        }

        var oldRank = Rank(old.Name, out var oldFamily);
        var newRank = Rank(changed.Name, out var newFamily);
        if (oldFamily >= 0 && oldFamily == newFamily && newRank >= oldRank)
        {
            // A wider type of the same family; a fixed length must not shrink (varchar(100) -> nvarchar(50)).
            if (Bounded(changed.Length) < Bounded(old.Length) && changed.Length is not null)
            {
                return $"it shortens the column from {Show(old.Length)} to {Show(changed.Length)}: longer values are truncated or the change fails";
            }

            return null;
        }

        return $"it changes the type from {Describe(old)} to {Describe(changed)}: existing values may not convert and the change fails or loses them";
    }

    private static bool IsCharacter(string name) => Rank(name, out var family) >= 0 && family == 3;

    private static bool Unsigned(string name, out string baseName)
    {
        const string Suffix = " unsigned";
        if (name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            baseName = Canonical(name.Substring(0, name.Length - Suffix.Length).Trim());
            return true;
        }

        baseName = name;
        return false;
    }

    private static string? NarrowerDecimal(StoreType old, StoreType changed)
    {
        var oldPrecision = old.Length ?? 18;
        var newPrecision = changed.Length ?? 18;
        var oldScale = old.Scale ?? 0;
        var newScale = changed.Scale ?? 0;
        if (newScale < oldScale || newPrecision - newScale < oldPrecision - oldScale)
        {
            return $"it reduces precision or scale from ({oldPrecision},{oldScale}) to ({newPrecision},{newScale}): values are rounded or the change fails";
        }

        return null;
    }

    private static int Bounded(int? length) => length ?? Unbounded;

    private static string Show(int? length) => length is null or Unbounded ? "unbounded" : length.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(StoreType type)
        => type.Length is null ? type.Name : type.Scale is null ? $"{type.Name}({Show(type.Length)})" : $"{type.Name}({type.Length},{type.Scale})";

    private static int Rank(string name, out int family)
    {
        for (var f = 0; f < Families.Length; f++)
        {
            var index = Array.IndexOf(Families[f], name);
            if (index >= 0)
            {
                family = f;
                return index;
            }
        }

        family = -1;
        return -1;
    }
}
