using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using YeastarPartner.Client.Http;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client.Paging;

namespace YeastarPartner.Client
{
    /// <summary>Purchased products, auto-renewal and Cloud Edition placement: O4, R1 to R6.</summary>
    public sealed partial class YeastarClient
    {
        private const string InstanceBase = "/product/openapi/instance/v1/";
        private const string ProductListPath = "/product/openapi/instance_product/v1/client/instance_product_list";

        /// <summary>O4 whether auto-renewal is on for a product.</summary>
        public async Task<bool> GetAutoRenewalAsync(int productId, string productNo, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get("/order/openapi/order/v1/check/existed_auto_renew").WithQuery("productNo", productNo).WithQuery("productId", productId);
            return (await ReadAsync<AutoRenewStatus>(request, cancellationToken).ConfigureAwait(false)).AutoRenew;
        }

        /// <summary>R1 Query Product List, one page.</summary>
        public async Task<Page<InstanceProduct>> GetProductPageAsync(int productId, int pageNo, int pageSize, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get(ProductListPath)
                .WithQuery("productId", productId).WithQuery("pageNo", pageNo).WithQuery("pageSize", pageSize);
            var page = await ReadAsync<Page<InstanceProduct>>(request, cancellationToken).ConfigureAwait(false);
            foreach (var product in page.Results) if (product.ProductId == 0) product.ProductId = productId;
            return page;
        }

        /// <summary>R1 every purchased product of a kind, one page fetched at a time.</summary>
        public IAsyncEnumerable<InstanceProduct> GetProductsAsync(int productId, long skip = 0, int pageSize = PageStream.DefaultPageSize, CancellationToken cancellationToken = default) =>
            PageStream.ReadAsync(ProductListPath, (no, size, ct) => GetProductPageAsync(productId, no, size, ct), pageSize, skip, cancellationToken);

        /// <summary>R1 every purchased product of these kinds, read to the end (for a listing that must be sorted, e.g. by expiry).</summary>
        public async Task<List<InstanceProduct>> GetAllProductsAsync(IEnumerable<int> productIds, CancellationToken cancellationToken = default)
        {
            var all = new List<InstanceProduct>();
            foreach (var productId in productIds)
            {
                var products = GetProductsAsync(productId, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
                try
                {
                    while (await products.MoveNextAsync().ConfigureAwait(false)) all.Add(products.Current);
                }
                finally
                {
                    await products.DisposeAsync().ConfigureAwait(false);
                }
            }
            return all;
        }

        /// <summary>R2 Get Product Details.</summary>
        public async Task<InstanceProduct> GetProductAsync(int productId, string productNo, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get("/product/openapi/instance_product/v1/detail").WithQuery("productNo", productNo).WithQuery("productId", productId);
            var product = await ReadAsync<InstanceProduct>(request, cancellationToken).ConfigureAwait(false);
            if (product.ProductId == 0) product.ProductId = productId;
            if (product.ProductNo == null) product.ProductNo = productNo;
            return product;
        }

        /// <summary>R7 Query Activation Code of a P-Series Software Edition license (the docs name 12 as the only valid product).</summary>
        public async Task<ActivationCode> GetActivationCodeAsync(string productNo, int productId = ProductIds.SoftwareEdition, CancellationToken cancellationToken = default)
        {
            var code = await ReadAsync<ActivationCode>(ApiRequest.Get("/product/openapi/instance_product/v1/activation_code")
                .WithQuery("productNo", productNo).WithQuery("productId", productId), cancellationToken).ConfigureAwait(false);
            code.ProductId = productId;
            code.SerialNumber = productNo;
            return code;
        }

        /// <summary>R3 Enable Auto-renewal of a plan or service. A write: never resent unless certainly rejected.</summary>
        public Task<bool> EnableAutoRenewalAsync(int productId, string productNo, long planOrServiceId, CancellationToken cancellationToken = default) =>
            ChangeAsync<bool>("/product/openapi/instance_subscription/v1/active", new AutoRenewalRequest
            {
                ProductNo = productNo,
                ProductId = productId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PlanOrServiceId = planOrServiceId,
            }, cancellationToken);

        /// <summary>R4 the hardware model of an Appliance Edition or S-Series PBX.</summary>
        public async Task<string?> GetProductModelAsync(int productId, string productNo, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get(InstanceBase + "product_model").WithQuery("productId", productId).WithQuery("productNo", productNo);
            return (await ReadAsync<ProductModelResult>(request, cancellationToken).ConfigureAwait(false)).ProductModel;
        }

        /// <summary>R5 the regions and domain suffixes for a new Cloud Edition PBX.</summary>
        public Task<List<Region>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
            ReadAsync<List<Region>>(ApiRequest.Get(InstanceBase + "region_list"), cancellationToken);

        /// <summary>R6 true when a Cloud Edition PBX URL is already taken.</summary>
        public Task<bool> PbxUrlExistsAsync(string pbxUrl, CancellationToken cancellationToken = default) =>
            ReadAsync<bool>(ApiRequest.Get(InstanceBase + "paug_pbx_url_existed").WithQuery("pbxUrl", pbxUrl), cancellationToken);

        private sealed class AutoRenewStatus
        {
            [JsonProperty("autoRenew", Required = Required.Always)] public bool AutoRenew { get; set; }
        }

        private sealed class ProductModelResult
        {
            [JsonProperty("productModel")] public string? ProductModel { get; set; }
        }
    }
}
