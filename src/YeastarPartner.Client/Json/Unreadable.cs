using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Json
{
    /// <summary>
    /// A value the server sent that cannot be read as the property's type. The loose converters return it
    /// instead of failing the whole reply; <see cref="RawKeepingValueProvider"/> files it under the
    /// object's <see cref="Models.ApiObject.Extra"/> and leaves the property unset.
    /// </summary>
    internal sealed class Unreadable
    {
        public Unreadable(JToken raw) => Raw = raw;

        public JToken Raw { get; }
    }
}
