using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// R1: the purchased products of a kind, streamed page by page (-First/-Skip); with -SerialNumber,
    /// R2: one product's details.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "YsProduct", SupportsPaging = true, HelpUri = HelpLinks.Base + "Get-YsProduct.md")]
    [OutputType(typeof(InstanceProduct))]
    public sealed class GetYsProductCommand : YsApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string? SerialNumber { get; set; }

        protected override object? ErrorTarget => string.IsNullOrEmpty(SerialNumber) ? ProductId : (object?)SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            if (!string.IsNullOrEmpty(SerialNumber))
                WritePaged(new[] { RunAsync(ct => client.GetProductAsync(ProductId, SerialNumber!, ct)) });
            else
                StreamPages((skip, ct) => client.GetProductsAsync(ProductId, skip, cancellationToken: ct),
                    (size, ct) => client.GetProductPageAsync(ProductId, 1, size, ct));
        }
    }
}
