using System;
using System.Globalization;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The journal key of an order row: one order per key per journal.
    /// <list type="bullet">
    /// <item>An order on an existing device is keyed by its serial number, always, so a device is bought once per
    /// journal and -Reconcile can find its order. An -OrderKey on such a row is only a label (journal column
    /// OrderKey, output property): it never changes the key.</item>
    /// <item>An explicit -OrderKey (or OrderKey column) keys a new product: "key:&lt;value&gt;".</item>
    /// <item>An order for a new product (a PSE license, a PCE instance, a Turnkey package, a Remote Management
    /// account) has no serial number yet: it is keyed by what it orders and for whom (product, operation, plan
    /// or service, customer, PBX name), never by its position in the input, so a re-ordered or filtered CSV
    /// keeps every key.</item>
    /// </list>
    /// </summary>
    internal static class OrderKey
    {
        public const string NewProductPrefix = "new:";
        public const string UserKeyPrefix = "key:";

        public static string For(OrderSpec spec, string? orderKey)
        {
            if (!string.IsNullOrEmpty(spec.ProductNo)) return spec.ProductNo!;
            if (!string.IsNullOrWhiteSpace(orderKey)) return UserKeyPrefix + orderKey!.Trim();
            var item = spec.Items.Count > 0 ? spec.Items[0].ServiceId.ToString(CultureInfo.InvariantCulture) : "";
            var key = $"{NewProductPrefix}{spec.ProductId.ToString(CultureInfo.InvariantCulture)}:{spec.OperationType}:{item}:{Customer(spec)}";
            return string.IsNullOrWhiteSpace(spec.PceRequest?.PbxName) ? key : key + ":" + spec.PceRequest!.PbxName.Trim();
        }

        /// <summary>A key without a serial number: the Partner Portal's orders cannot be searched for it.</summary>
        public static bool IsNewProduct(string key) => key.StartsWith(NewProductPrefix, StringComparison.Ordinal);

        /// <summary>How messages name the row: its serial number, or the new product it orders.</summary>
        public static string Label(OrderSpec spec, string? orderKey)
        {
            var key = string.IsNullOrWhiteSpace(orderKey) ? "" : $", OrderKey '{orderKey!.Trim()}'";
            if (!string.IsNullOrEmpty(spec.ProductNo)) return $"serial number '{spec.ProductNo}'{key}";
            var pbx = string.IsNullOrWhiteSpace(spec.PceRequest?.PbxName) ? "" : $" '{spec.PceRequest!.PbxName.Trim()}'";
            return $"new product {spec.ProductId.ToString(CultureInfo.InvariantCulture)}{pbx}{ForWhom(spec)}{key}";
        }

        /// <summary>A command that lists the row's order: by serial number, or the orders since it was sent.</summary>
        public static string FindCommand(OrderSpec spec, DateTimeOffset? sent)
        {
            if (!string.IsNullOrEmpty(spec.ProductNo)) return $"Get-YsOrder -SerialNumber {spec.ProductNo}";
            var since = (sent ?? DateTimeOffset.Now) - SettlePolicy.ClockSkew;
            return $"Get-YsOrder -Since '{since.LocalDateTime.ToString("s", CultureInfo.InvariantCulture)}'";
        }

        internal static string ForWhom(OrderSpec spec) =>
            spec.PartnerId != null ? $", for subordinate user {spec.PartnerId}" : spec.AssignId != null ? $", assigned to user {spec.AssignId}" : "";

        private static string Customer(OrderSpec spec) => spec.PartnerId ?? spec.AssignId ?? "own";
    }
}
