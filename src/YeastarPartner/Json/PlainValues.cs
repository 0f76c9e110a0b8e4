using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Json
{
    /// <summary>
    /// Between PowerShell objects and the client's plain JSON values (<see cref="JsonValues"/>). Numbers keep
    /// their .NET type both ways, so [long]3048560232537899008 goes out and comes back exactly.
    /// </summary>
    internal static class PlainValues
    {
        /// <summary>A -Body (hashtable, PSCustomObject, array, scalar) as dictionaries, lists and scalars the client serializes.</summary>
        public static object? FromPowerShell(object? value)
        {
            value = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            switch (value)
            {
                case null:
                case string _:
                    return value;
                case IDictionary dictionary:
                    var fromDictionary = new Dictionary<string, object?>();
                    foreach (DictionaryEntry entry in dictionary)
                        fromDictionary[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = FromPowerShell(entry.Value);
                    return fromDictionary;
                case PSObject custom:
                    return custom.Properties.ToDictionary(p => p.Name, p => FromPowerShell(p.Value));
                case IEnumerable list:
                    return list.Cast<object?>().Select(FromPowerShell).ToList();
                case Enum e:
                    return e.ToString();
                default:
                    return value;
            }
        }

        /// <summary>What ConvertFrom-Json would give, except that integers stay Int64 (or decimal) and fractions decimal.</summary>
        public static object? ToPowerShell(object? value)
        {
            switch (value)
            {
                case IEnumerable<KeyValuePair<string, object?>> properties:
                    var result = new PSObject();
                    foreach (var property in properties)
                        result.Properties.Add(new PSNoteProperty(property.Key, ToPowerShell(property.Value)));
                    return result;
                case object?[] array:
                    return array.Select(ToPowerShell).ToArray();
                default:
                    return value;
            }
        }
    }
}
