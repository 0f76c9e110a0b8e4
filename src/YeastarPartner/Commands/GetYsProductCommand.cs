using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// R1: the purchased products of a kind, streamed page by page (-First/-Skip); with -SerialNumber,
    /// R2: one product's details. -ExpiringWithin lists what expires within so many days, sorted by expiry:
    /// of one product line, or without -ProductId of every line the account can buy (P1, then R1 per line).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "YsProduct", SupportsPaging = true, HelpUri = HelpLinks.Base + "Get-YsProduct.md")]
    [OutputType(typeof(InstanceProduct))]
    public sealed class GetYsProductCommand : YsApiCmdlet
    {
        /// <summary>Required unless -ExpiringWithin is given.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int? ProductId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string? SerialNumber { get; set; }

        /// <summary>Only products that expire within this many days from today (or have expired), sorted by expiry.</summary>
        [Parameter]
        [ValidateRange(0, 3660)]
        public int? ExpiringWithin { get; set; }

        protected override object? ErrorTarget => string.IsNullOrEmpty(SerialNumber) ? ProductId : (object?)SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            if (ProductId == null && ExpiringWithin == null)
            {
                WriteError(ErrorRecords.InvalidArgument("ProductIdRequired",
                    "Get-YsProduct needs -ProductId (the product line to list), or -ExpiringWithin to list what expires in every product line.",
                    "Give -ProductId (Get-YsAvailableProduct lists them) or -ExpiringWithin <days>.", null));
                return;
            }
            if (ExpiringWithin.HasValue)
            {
                WritePaged(Expiring(ExpiringWithin.Value));
                return;
            }
            var productId = ProductId!.Value;
            if (!string.IsNullOrEmpty(SerialNumber))
                WritePaged(new[] { RunAsync(ct => client.GetProductAsync(productId, SerialNumber!, ct)) });
            else
                StreamPages((skip, ct) => client.GetProductsAsync(productId, skip, cancellationToken: ct),
                    (size, ct) => client.GetProductPageAsync(productId, 1, size, ct));
        }

        /// <summary>
        /// The products of the line (or of every line) whose expiry date is at most <paramref name="days"/> days
        /// away, soonest first. A product without a readable expiry date is left out and said in -Verbose.
        /// </summary>
        private List<InstanceProduct> Expiring(int days)
        {
            var client = ActiveConnection.Client;
            var last = DateTime.Today.AddDays(days);
            return RunAsync(async ct =>
            {
                IEnumerable<int> lines = ProductId.HasValue
                    ? new[] { ProductId.Value }
                    : (await client.GetAvailableProductsAsync(ct).ConfigureAwait(false)).Select(p => p.ProductId).Distinct().ToList();
                if (string.IsNullOrEmpty(SerialNumber)) return await client.GetAllProductsAsync(lines, ct).ConfigureAwait(false);
                var found = new List<InstanceProduct>();
                foreach (var line in lines) found.Add(await client.GetProductAsync(line, SerialNumber!, ct).ConfigureAwait(false));
                return found;
            }).Where(p => Expires(p, last)).OrderBy(p => p.ExpireDate).ToList();
        }

        private bool Expires(InstanceProduct product, DateTime last)
        {
            if (product.ExpireDate == null)
            {
                WriteVerbose($"Product {product.ProductNo} ({product.ProductId}) has no readable expiry date ('{product.ExpireDateText}'); left out.");
                return false;
            }
            return product.ExpireDate.Value.Date <= last;
        }
    }
}
