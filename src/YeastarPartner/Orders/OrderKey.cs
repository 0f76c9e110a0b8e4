using System;
using System.Globalization;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The journal key of an order row. An order on an existing device is keyed by its serial number, so a
    /// device is bought once per journal and -Reconcile can find its order. An order for a new product
    /// (a PSE license, a PCE instance, a Turnkey package, a Remote Management account) has no serial number
    /// yet: it is keyed by product, customer and PBX name (or, without one, its row number), so re-running
    /// the same CSV with the same journal skips what was bought.
    /// </summary>
    internal static class OrderKey
    {
        public const string NewProductPrefix = "new:";

        public static string For(string? serialNumber, int productId, string? partnerId, string? assignId, string? pbxName, long rowNumber)
        {
            if (!string.IsNullOrWhiteSpace(serialNumber)) return serialNumber!.Trim();
            var customer = FirstNonBlank(partnerId, assignId) ?? "own";
            var which = FirstNonBlank(pbxName) ?? "row" + rowNumber.ToString(CultureInfo.InvariantCulture);
            return $"{NewProductPrefix}{productId.ToString(CultureInfo.InvariantCulture)}:{customer}:{which}";
        }

        /// <summary>A key without a serial number: the Partner Portal's orders cannot be searched for it.</summary>
        public static bool IsNewProduct(string key) => key.StartsWith(NewProductPrefix, StringComparison.Ordinal);

        private static string? FirstNonBlank(params string?[] values)
        {
            foreach (var value in values)
                if (!string.IsNullOrWhiteSpace(value)) return value!.Trim();
            return null;
        }
    }
}
