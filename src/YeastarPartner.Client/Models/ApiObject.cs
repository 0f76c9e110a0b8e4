using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// An object of a Partner Portal reply. The docs show only the leading fields of most replies, so
    /// whatever else the server sends is kept, as is any documented field whose value could not be read as
    /// its type (a date where a number was expected, say): nothing the server said is lost.
    /// </summary>
    public abstract class ApiObject
    {
        [JsonExtensionData]
        internal IDictionary<string, JToken> ExtensionData { get; set; } = new Dictionary<string, JToken>();

        /// <summary>
        /// Fields this type does not name, and named fields whose value could not be read, as sent: plain
        /// values (text, Int64 or decimal numbers, booleans, arrays, name/value lists), never a double.
        /// </summary>
        [JsonIgnore]
        public IReadOnlyDictionary<string, object?> Extra =>
            ExtensionData.ToDictionary(entry => entry.Key, entry => JsonValues.FromJson(entry.Value));

        internal void KeepRaw(string name, JToken raw) => ExtensionData[name] = raw;
    }
}
