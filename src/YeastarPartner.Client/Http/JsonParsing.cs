using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace YeastarPartner.Client.Http
{
    /// <summary>
    /// One place that decides how JSON is read and written. The 19-digit IDs exceed 2^53: integers are
    /// read as Int64 (never double), non-integers as decimal, and dates are left as the strings they are.
    /// </summary>
    internal static class JsonParsing
    {
        public static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            DateParseHandling = DateParseHandling.None,
            NullValueHandling = NullValueHandling.Ignore,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            ContractResolver = new DefaultContractResolver(),
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

        public static T ToObject<T>(JToken token) => token.ToObject<T>(Serializer)!;
    }
}
