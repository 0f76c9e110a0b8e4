using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Http
{
    /// <summary>Parses JSON text the way the client reads replies: integers as Int64, fractions as decimal.</summary>
    public static class JsonText
    {
        public static JToken Parse(string text) => JsonParsing.Parse(text);
    }
}
