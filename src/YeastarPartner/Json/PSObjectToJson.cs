using System;
using System.Collections;
using System.Management.Automation;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Json
{
    /// <summary>
    /// Turns a -Body (hashtable, PSCustomObject, array, JSON text) into a JSON tree the client sends.
    /// Numbers keep their .NET type, so [long]3048560232537899008 goes out exactly; JSON text is parsed
    /// with integers as Int64 for the same reason.
    /// </summary>
    internal static class PSObjectToJson
    {
        public static JToken Convert(object? value)
        {
            value = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            switch (value)
            {
                case null:
                    return JValue.CreateNull();
                case string text when LooksLikeJson(text):
                    return Client.Http.JsonText.Parse(text);
                case string text:
                    return new JValue(text);
                case IDictionary dictionary:
                    var fromDictionary = new JObject();
                    foreach (DictionaryEntry entry in dictionary)
                        fromDictionary[System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!] = Convert(entry.Value);
                    return fromDictionary;
                case PSObject custom:
                    var fromObject = new JObject();
                    foreach (var property in custom.Properties)
                        fromObject[property.Name] = Convert(property.Value);
                    return fromObject;
                case IEnumerable list:
                    var array = new JArray();
                    foreach (var item in list) array.Add(Convert(item));
                    return array;
                case Enum e:
                    return new JValue(e.ToString());
                default:
                    return new JValue(value);
            }
        }

        private static bool LooksLikeJson(string text)
        {
            var trimmed = text.TrimStart();
            return trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal);
        }
    }
}
