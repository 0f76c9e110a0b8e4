using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Commands
{
    /// <summary>P1: the products this account may buy.</summary>
    [Cmdlet(VerbsCommon.Get, "YsAvailableProduct", HelpUri = HelpLinks.Base + "Get-YsAvailableProduct.md")]
    [OutputType(typeof(AvailableProduct))]
    public sealed class GetYsAvailableProductCommand : YsApiCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override object? ErrorTarget => Name;

        protected override void ProcessApiRecord()
        {
            var connection = ActiveConnection;
            var products = RunAsync(ct => connection.Client.GetAvailableProductsAsync(ct));
            connection.AvailableProducts.Set(products);
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            foreach (var product in products)
                if (pattern == null || pattern.IsMatch(product.Name ?? "")) WriteObject(product);
        }
    }
}
