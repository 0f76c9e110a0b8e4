using System;
using System.Linq;
using System.Management.Automation;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The order statuses in the module's words (those of an order row's Outcome) and the Partner Portal's
    /// (O2 orderStatus). Get-YsOrder -Status takes either, so -Status Succeeded finds what -Status succeed finds.
    /// The documented list is cut short (a status starting with "con" is missing): add it here once it is known.
    /// </summary>
    internal static class OrderStatusWords
    {
        public static readonly (string Word, string Wire, string Meaning)[] All =
        {
            ("Succeeded", "succeed", "The order went through."),
            ("Failed", "failed", "The order failed."),
            ("Pending", "pending", "The order waits for payment in the Partner Portal."),
            ("Cancelled", "cancelled", "The order was cancelled."),
            ("Refunded", "refunded", "The order was refunded."),
            ("Invalid", "invalid", "The order is invalid."),
        };

        /// <summary>The wire's status for a word of either vocabulary (any case); null when it is neither.</summary>
        public static string? ToWire(string? text)
        {
            var trimmed = text?.Trim();
            return All.FirstOrDefault(s => string.Equals(s.Word, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Wire, trimmed, StringComparison.OrdinalIgnoreCase)).Wire;
        }

        public static string Accepted => string.Join(", ", All.Select(s => s.Word)) + " (or the Partner Portal's " + string.Join(", ", All.Select(s => s.Wire)) + ")";
    }

    /// <summary>-Status accepts the statuses of <see cref="OrderStatusWords"/> only, naming them when it refuses one.</summary>
    internal sealed class ValidateOrderStatusAttribute : ValidateEnumeratedArgumentsAttribute
    {
        protected override void ValidateElement(object element)
        {
            var text = element?.ToString();
            if (OrderStatusWords.ToWire(text) == null)
                throw new ValidationMetadataException($"'{text}' is not an order status. Use {OrderStatusWords.Accepted}.");
        }
    }
}
