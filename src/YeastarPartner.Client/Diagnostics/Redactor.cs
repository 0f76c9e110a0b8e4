using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Client.Diagnostics
{
    /// <summary>Masks secrets and tokens in anything the client traces.</summary>
    internal static class Redactor
    {
        public const string Mask = "***";

        private static readonly HashSet<string> SecretNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "client_secret", "refresh_token", "token", "refreshToken", "access_token", "accessToken", "password", "Authorization",
        };

        public static bool IsSecretName(string name) => SecretNames.Contains(name);

        /// <summary>Form fields as name=value pairs with secret values masked.</summary>
        public static string Form(IEnumerable<KeyValuePair<string, string>> fields) =>
            string.Join("&", fields.Select(f => f.Key + "=" + (IsSecretName(f.Key) ? Mask : f.Value)));

        /// <summary>A JSON text with the values of secret-named properties masked; non-JSON text is not echoed.</summary>
        public static string Json(string? text)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;
            try
            {
                var token = JsonParsing.Parse(text!);
                MaskInPlace(token);
                return token.ToString(Formatting.None);
            }
            catch (JsonException)
            {
                return $"<{text!.Length} characters, not JSON>";
            }
        }

        private static void MaskInPlace(JToken token)
        {
            if (!(token is JContainer container)) return;
            foreach (var property in container.Descendants().OfType<JProperty>().ToList())
            {
                if (IsSecretName(property.Name) && property.Value.Type != JTokenType.Null)
                    property.Value = Mask;
            }
        }
    }
}
