using System;
using System.Collections;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Json
{
    /// <summary>
    /// Reads a list whatever shape the server chose: an array, one bare object (the docs type U1, U2 and R5
    /// as <c>Object&lt;...&gt;</c>), or null or "" (no entries). Entries are read by the serializer, so
    /// every other rule applies to them too.
    /// </summary>
    internal sealed class LooseListConverter : JsonConverter
    {
        public static readonly LooseListConverter Instance = new LooseListConverter();

        public override bool CanConvert(Type objectType) => IsList(objectType);

        public override bool CanWrite => false;

        public static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

        public static IList Empty(Type listType) => (IList)Activator.CreateInstance(listType)!;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            var list = Empty(objectType);
            var itemType = objectType.GetGenericArguments()[0];
            switch (token.Type)
            {
                case JTokenType.Null:
                case JTokenType.Undefined:
                    return list;
                case JTokenType.String when string.IsNullOrWhiteSpace((string?)token):
                    return list;
                case JTokenType.Array:
                    foreach (var item in token)
                        if (!TryAdd(list, item, itemType, serializer)) return new Unreadable(token);
                    return list;
                default:
                    return TryAdd(list, token, itemType, serializer) ? list : new Unreadable(token);
            }
        }

        private static bool TryAdd(IList list, JToken item, Type itemType, JsonSerializer serializer)
        {
            if (LooseScalar.CanRead(itemType))
            {
                if (!LooseScalar.TryRead(item, itemType, out var value)) return false;
                if (value != null) list.Add(value);
                return true;
            }
            if (item.Type != JTokenType.Object && item.Type != JTokenType.Array) return false;
            list.Add(item.ToObject(itemType, serializer));
            return true;
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
