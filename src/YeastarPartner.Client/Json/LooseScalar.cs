using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Json
{
    /// <summary>
    /// Reads one JSON value as a number, a flag or a text whatever JSON type the server chose for it: "11"
    /// and 11 are both the number 11, 3197218168379846218 and "3197218168379846218" both the Int64 (never
    /// through a double), 11 is the text "11", and "" or null is no value. The docs type many fields but
    /// show few real replies (API reference sections 2 and 10).
    /// </summary>
    internal static class LooseScalar
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        public static bool CanRead(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            return t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(bool) || t == typeof(string);
        }

        /// <summary>True with <paramref name="value"/> (null for "no value"); false when the token cannot be read as <paramref name="type"/>.</summary>
        public static bool TryRead(JToken token, Type type, out object? value)
        {
            value = null;
            var t = Nullable.GetUnderlyingType(type) ?? type;
            if (token.Type == JTokenType.Null || token.Type == JTokenType.Undefined) return true;
            if (token.Type == JTokenType.String && t != typeof(string) && string.IsNullOrWhiteSpace((string?)token)) return true;

            if (t == typeof(string))
            {
                switch (token.Type)
                {
                    case JTokenType.String: value = (string?)token; return true;
                    case JTokenType.Integer:
                    case JTokenType.Float: value = Convert.ToString(((JValue)token).Value, Invariant); return true;
                    case JTokenType.Boolean: value = (bool)token ? "true" : "false"; return true;
                    default: return false;
                }
            }
            if (t == typeof(bool)) return TryReadFlag(token, out value);

            if (!TryReadDecimal(token, out var number)) return false;
            if (t == typeof(decimal)) { value = number; return true; }
            if (decimal.Truncate(number) != number) return false;
            if (t == typeof(long) && number >= long.MinValue && number <= long.MaxValue) { value = (long)number; return true; }
            if (t == typeof(int) && number >= int.MinValue && number <= int.MaxValue) { value = (int)number; return true; }
            return false;
        }

        // decimal holds 28 digits: every Int64 and every 19-digit ID exactly.
        private static bool TryReadDecimal(JToken token, out decimal number)
        {
            number = 0;
            switch (token.Type)
            {
                case JTokenType.Integer:
                    var integer = ((JValue)token).Value;
                    if (integer is System.Numerics.BigInteger big)
                    {
                        if (big > new System.Numerics.BigInteger(decimal.MaxValue) || big < new System.Numerics.BigInteger(decimal.MinValue)) return false;
                        number = (decimal)big;
                        return true;
                    }
                    number = Convert.ToDecimal(integer, Invariant);
                    return true;
                case JTokenType.Float:
                    var fraction = ((JValue)token).Value;
                    if (fraction is double d && (double.IsNaN(d) || double.IsInfinity(d))) return false;
                    try { number = Convert.ToDecimal(fraction, Invariant); return true; }
                    catch (OverflowException) { return false; }
                case JTokenType.String:
                    return decimal.TryParse(((string)token!).Trim(), NumberStyles.Float, Invariant, out number);
                default:
                    return false;
            }
        }

        private static bool TryReadFlag(JToken token, out object? value)
        {
            value = null;
            switch (token.Type)
            {
                case JTokenType.Boolean: value = (bool)token; return true;
                case JTokenType.Integer when (long)token == 0 || (long)token == 1: value = (long)token == 1; return true;
                case JTokenType.String:
                    var text = ((string)token!).Trim();
                    if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase)) value = true;
                    else if (text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase)) value = false;
                    return value != null;
                default: return false;
            }
        }
    }
}
