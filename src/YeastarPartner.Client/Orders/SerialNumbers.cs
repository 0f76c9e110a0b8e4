using System.Globalization;
using System.Linq;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// PBX serial numbers (productNo) as the client sends them. The docs show only examples (3631E3418911,
    /// 3651xxxx9415): upper case ASCII letters and digits. The length bounds are an inferred, deliberately wide
    /// default that still catches a sentence, a GUID or two serial numbers run together.
    /// </summary>
    public static class SerialNumbers
    {
        public const int MinLength = 4;
        public const int MaxLength = 32;

        /// <summary>Trimmed and upper case: the one spelling used for the journal, the guard and the wire.</summary>
        public static string Normalize(string serialNumber) => (serialNumber ?? "").Trim().ToUpper(CultureInfo.InvariantCulture);

        public static bool HasValidCharacters(string normalized) => normalized.All(c => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));

        public static bool HasPlausibleLength(string normalized) => normalized.Length >= MinLength && normalized.Length <= MaxLength;
    }
}
