using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Json
{
    /// <summary>
    /// Turns an API result into what ConvertFrom-Json would give, except that integers stay Int64 (or
    /// decimal beyond it) and fractions stay decimal: a 19-digit ID is never rounded through a double.
    /// </summary>
    internal static class JsonToPSObject
    {
        public static object? Convert(JToken? token)
        {
            switch (token?.Type)
            {
                case null:
                case JTokenType.Null:
                case JTokenType.Undefined:
                    return null;
                case JTokenType.Object:
                    var result = new PSObject();
                    foreach (var property in ((JObject)token).Properties())
                        result.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
                    return result;
                case JTokenType.Array:
                    return token.Select(Convert).ToArray();
                case JTokenType.Integer:
                    var value = ((JValue)token).Value;
                    return value is System.Numerics.BigInteger big ? (object)(decimal)big : System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                default:
                    return ((JValue)token).Value;
            }
        }
    }
}
