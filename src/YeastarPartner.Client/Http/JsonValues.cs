using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Http
{
    /// <summary>
    /// JSON as plain .NET values, for callers that must not depend on Newtonsoft.Json (the cmdlet assembly:
    /// Windows PowerShell loads it before the module can resolve its dependencies). Objects become ordered
    /// name/value lists, arrays become object arrays, integers Int64 (decimal beyond it), fractions decimal:
    /// a 19-digit ID is never rounded through a double.
    /// </summary>
    public static class JsonValues
    {
        public static object? FromJson(JToken? token)
        {
            switch (token?.Type)
            {
                case null:
                case JTokenType.Null:
                case JTokenType.Undefined:
                    return null;
                case JTokenType.Object:
                    return ((JObject)token).Properties().Select(p => new KeyValuePair<string, object?>(p.Name, FromJson(p.Value))).ToList();
                case JTokenType.Array:
                    return token.Select(FromJson).ToArray();
                case JTokenType.Integer:
                    var value = ((JValue)token).Value;
                    return value is BigInteger big ? (object)(decimal)big : System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                default:
                    return ((JValue)token).Value;
            }
        }

        /// <summary>Parses JSON text as the client reads replies, into plain values; throws <see cref="Newtonsoft.Json.JsonException"/> subclasses as <see cref="System.FormatException"/>.</summary>
        public static object? Parse(string text)
        {
            try
            {
                return FromJson(JsonParsing.Parse(text));
            }
            catch (Newtonsoft.Json.JsonException e)
            {
                throw new System.FormatException(e.Message, e);
            }
        }
    }
}
