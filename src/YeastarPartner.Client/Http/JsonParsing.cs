using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Json;

namespace YeastarPartner.Client.Http
{
    /// <summary>
    /// One place that decides how JSON is read and written. The 19-digit IDs exceed 2^53: integers are
    /// read as Int64 (never double), non-integers as decimal, and dates are left as the strings they are.
    /// Replies are read loosely (see <see cref="LooseContractResolver"/>): a number sent as a string, an ID
    /// sent as a number, "" for no value, one object where a list was expected, or an unknown field never
    /// fails a reply, and what cannot be read is kept in <see cref="Models.ApiObject.Extra"/>.
    /// </summary>
    internal static class JsonParsing
    {
        public static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            DateParseHandling = DateParseHandling.None,
            NullValueHandling = NullValueHandling.Ignore,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            ContractResolver = LooseContractResolver.Instance,
            Converters = { LooseListConverter.Instance },
        };

        public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

        public static JToken Parse(string text)
        {
            using (var reader = new JsonTextReader(new StringReader(text))
            {
                FloatParseHandling = FloatParseHandling.Decimal,
                DateParseHandling = DateParseHandling.None,
            })
            {
                var token = JToken.ReadFrom(reader);
                // Reject trailing garbage so a half-written reply is never taken for a whole one.
                if (reader.Read() && reader.TokenType != JsonToken.Comment)
                    throw new JsonReaderException("Unexpected content after the JSON value.");
                return token;
            }
        }

        public static string Serialize(object value) => JsonConvert.SerializeObject(value, Formatting.None, Settings);

        /// <summary>
        /// Reads a whole result as <typeparamref name="T"/>. A missing or null result is an empty list where a
        /// list is expected, and otherwise unreadable (<see cref="FormatException"/>), as is a result that is
        /// not a <typeparamref name="T"/> at all.
        /// </summary>
        public static T ToObject<T>(JToken? token)
        {
            var type = typeof(T);
            if (token == null || token.Type == JTokenType.Null || token.Type == JTokenType.Undefined)
            {
                if (LooseListConverter.IsList(type)) return (T)LooseListConverter.Empty(type);
                throw new FormatException("result is missing");
            }
            if (LooseScalar.CanRead(type))
            {
                if (!LooseScalar.TryRead(token, type, out var value) || (value == null && type.IsValueType && Nullable.GetUnderlyingType(type) == null))
                    throw new FormatException($"result {token.ToString(Formatting.None)} is not a {type.Name}");
                return (T)value!;
            }
            var read = token.ToObject(type, Serializer);
            if (read is Unreadable) throw new FormatException($"result is not a {type.Name}");
            return (T)read!;
        }
    }
}
