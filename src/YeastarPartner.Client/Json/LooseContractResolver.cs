using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace YeastarPartner.Client.Json
{
    /// <summary>
    /// Gives every number, flag, text and list property of every reply type the loose readers, once, here:
    /// no model declares a converter of its own. Writing (request bodies) is unchanged.
    /// </summary>
    internal sealed class LooseContractResolver : DefaultContractResolver
    {
        public static readonly LooseContractResolver Instance = new LooseContractResolver();

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (property.Converter != null || property.PropertyType == null || property.ValueProvider == null) return property;
            if (LooseScalar.CanRead(property.PropertyType)) property.Converter = LooseScalarConverter.Instance;
            else if (LooseListConverter.IsList(property.PropertyType)) property.Converter = LooseListConverter.Instance;
            else return property;
            property.ValueProvider = new RawKeepingValueProvider(property.ValueProvider, property.PropertyName ?? member.Name, property.Required == Required.Always);
            return property;
        }
    }
}
