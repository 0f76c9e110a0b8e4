using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Json
{
    /// <summary>Reads numbers, flags and texts through <see cref="LooseScalar"/>; writes as Newtonsoft does.</summary>
    internal sealed class LooseScalarConverter : JsonConverter
    {
        public static readonly LooseScalarConverter Instance = new LooseScalarConverter();

        public override bool CanConvert(Type objectType) => LooseScalar.CanRead(objectType);

        public override bool CanWrite => false;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            if (!LooseScalar.TryRead(token, objectType, out var value)) return new Unreadable(token);
            // No value for a non-nullable property: keep what it had (its default).
            return value ?? (objectType.IsValueType && Nullable.GetUnderlyingType(objectType) == null ? existingValue : null);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
