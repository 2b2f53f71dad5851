using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>The serializers whose member names are observable at run time.</summary>
[Flags]
internal enum SerializerFlavor
{
    None = 0,
    SystemTextJson = 1,
    Newtonsoft = 2,
    DataContract = 4,
    Xml = 8,

    /// <summary>Not a serializer: an enum's values are written as text by name (<c>ToString()</c>, interpolation, <c>Enum.GetName</c>).</summary>
    EnumText = 16,
}

/// <summary>What a serialization attribute says about the type or member it is on.</summary>
internal enum AttributeRole
{
    /// <summary>The type is serialized (e.g. <c>[DataContract]</c>, <c>[XmlRoot]</c>, <c>[JsonObject]</c>).</summary>
    TypeMarker,

    /// <summary>The member is serialized; it may carry an explicit name (<c>[JsonProperty("x")]</c>, <c>[DataMember(Name = "x")]</c>).</summary>
    MemberName,

    /// <summary>The member is serialized under an explicit name (<c>[JsonPropertyName]</c>).</summary>
    AlwaysNamed,

    /// <summary>The member is serialized; no name option (<c>[JsonInclude]</c>, <c>[JsonRequired]</c>).</summary>
    MemberMarker,

    /// <summary>The member is not serialized, or not under its own name (<c>[JsonIgnore]</c>, <c>[XmlText]</c>, extension data).</summary>
    Ignore,

    /// <summary>A custom converter writes the type: its member names are the converter's business.</summary>
    Converter,

    /// <summary><c>[JsonSerializable(typeof(T))]</c> on a source-generation context: T is serialized.</summary>
    SerializableContext,
}

/// <summary>
/// The serialization attributes and serializer entry points of System.Text.Json, Newtonsoft.Json, DataContract and
/// XmlSerializer, resolved once per compilation through <see cref="WellKnownTypes"/>.
/// </summary>
internal sealed class SerializationSymbols
{
    private static readonly (string Name, AttributeRole Role, SerializerFlavor Flavor)[] AttributeTable =
    {
        ("System.Text.Json.Serialization.JsonPropertyNameAttribute", AttributeRole.AlwaysNamed, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonIncludeAttribute", AttributeRole.MemberMarker, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonRequiredAttribute", AttributeRole.MemberMarker, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonPropertyOrderAttribute", AttributeRole.MemberMarker, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonIgnoreAttribute", AttributeRole.Ignore, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonExtensionDataAttribute", AttributeRole.Ignore, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonConverterAttribute", AttributeRole.Converter, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonPolymorphicAttribute", AttributeRole.TypeMarker, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonDerivedTypeAttribute", AttributeRole.TypeMarker, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute", AttributeRole.TypeMarker, SerializerFlavor.SystemTextJson),
        ("System.Text.Json.Serialization.JsonSerializableAttribute", AttributeRole.SerializableContext, SerializerFlavor.SystemTextJson),
        ("Newtonsoft.Json.JsonPropertyAttribute", AttributeRole.MemberName, SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.JsonRequiredAttribute", AttributeRole.MemberMarker, SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.JsonIgnoreAttribute", AttributeRole.Ignore, SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.JsonExtensionDataAttribute", AttributeRole.Ignore, SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.JsonConverterAttribute", AttributeRole.Converter, SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.JsonObjectAttribute", AttributeRole.TypeMarker, SerializerFlavor.Newtonsoft),
        ("System.Runtime.Serialization.DataContractAttribute", AttributeRole.TypeMarker, SerializerFlavor.DataContract),
        ("System.Runtime.Serialization.DataMemberAttribute", AttributeRole.MemberName, SerializerFlavor.DataContract),
        ("System.Runtime.Serialization.IgnoreDataMemberAttribute", AttributeRole.Ignore, SerializerFlavor.DataContract),
        ("System.Runtime.Serialization.KnownTypeAttribute", AttributeRole.TypeMarker, SerializerFlavor.DataContract),
        ("System.Xml.Serialization.XmlRootAttribute", AttributeRole.TypeMarker, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlTypeAttribute", AttributeRole.TypeMarker, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlIncludeAttribute", AttributeRole.TypeMarker, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlElementAttribute", AttributeRole.MemberName, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlAttributeAttribute", AttributeRole.MemberName, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlArrayAttribute", AttributeRole.MemberName, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlIgnoreAttribute", AttributeRole.Ignore, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlTextAttribute", AttributeRole.Ignore, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlAnyElementAttribute", AttributeRole.Ignore, SerializerFlavor.Xml),
        ("System.Xml.Serialization.XmlAnyAttributeAttribute", AttributeRole.Ignore, SerializerFlavor.Xml),
    };

    /// <summary>Serializer types whose calls serialize the types they are given (by type argument, typeof or value).</summary>
    private static readonly (string Name, SerializerFlavor Flavor)[] SerializerTable =
    {
        ("System.Text.Json.JsonSerializer", SerializerFlavor.SystemTextJson),
        ("System.Net.Http.Json.HttpClientJsonExtensions", SerializerFlavor.SystemTextJson),
        ("System.Net.Http.Json.HttpContentJsonExtensions", SerializerFlavor.SystemTextJson),
        ("System.Net.Http.Json.JsonContent", SerializerFlavor.SystemTextJson),
        ("Newtonsoft.Json.JsonConvert", SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.JsonSerializer", SerializerFlavor.Newtonsoft),
        ("Newtonsoft.Json.Linq.JToken", SerializerFlavor.Newtonsoft),
        ("System.Runtime.Serialization.DataContractSerializer", SerializerFlavor.DataContract),
        ("System.Runtime.Serialization.Json.DataContractJsonSerializer", SerializerFlavor.DataContract),
        ("System.Xml.Serialization.XmlSerializer", SerializerFlavor.Xml),
    };

    private readonly Dictionary<INamedTypeSymbol, (AttributeRole Role, SerializerFlavor Flavor)> _attributes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, SerializerFlavor> _serializers = new(SymbolEqualityComparer.Default);

    private SerializationSymbols(WellKnownTypes types)
    {
        foreach (var (name, role, flavor) in AttributeTable)
        {
            if (types.Get(name) is { } type)
            {
                _attributes[type] = (role, flavor);
            }
        }

        foreach (var (name, flavor) in SerializerTable)
        {
            if (types.Get(name) is { } type)
            {
                _serializers[type] = flavor;
            }
        }
    }

    public bool IsEmpty => _attributes.Count == 0 && _serializers.Count == 0;

    public static SerializationSymbols Create(Compilation compilation) => new(WellKnownTypes.For(compilation));

    public (AttributeRole Role, SerializerFlavor Flavor)? Classify(AttributeData attribute)
        => attribute.AttributeClass is { } type && _attributes.TryGetValue(type.OriginalDefinition, out var entry) ? entry : null;

    public SerializerFlavor SerializerFlavorOf(INamedTypeSymbol? type)
        => type is not null && _serializers.TryGetValue(type.OriginalDefinition, out var flavor) ? flavor : SerializerFlavor.None;

    /// <summary>Whether a name-carrying attribute gives the member an explicit name (<c>[JsonProperty("x")]</c>, <c>[DataMember(Name = "x")]</c>, <c>[XmlElement(ElementName = "x")]</c>).</summary>
    public static bool HasExplicitName(AttributeData attribute)
        => attribute.ConstructorArguments.Any(a => a.Value is string { Length: > 0 }) ||
           attribute.NamedArguments.Any(a => a.Key is "Name" or "PropertyName" or "ElementName" or "AttributeName" && a.Value.Value is string { Length: > 0 });

    /// <summary>Newtonsoft <c>[JsonObject(MemberSerialization.OptIn)]</c> and DataContract serialize only marked members.</summary>
    public static bool IsOptIn(AttributeData attribute, SerializerFlavor flavor)
        => (flavor == SerializerFlavor.DataContract && attribute.AttributeClass?.Name == "DataContractAttribute") ||
           (flavor == SerializerFlavor.Newtonsoft &&
            (attribute.ConstructorArguments.Any(a => a.Type?.Name == "MemberSerialization" && a.Value is 1) ||
             attribute.NamedArguments.Any(a => a.Key == "MemberSerialization" && a.Value.Value is 1)));
}
