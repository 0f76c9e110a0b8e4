using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Http;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client
{
    /// <summary>What can be bought and at what price: P1 to P9.</summary>
    public sealed partial class YeastarClient
    {
        private const string PricingBase = "/pricing/openapi/purchase/v1/";

        /// <summary>P1 Query Available Subscription Products.</summary>
        public Task<List<AvailableProduct>> GetAvailableProductsAsync(CancellationToken cancellationToken = default) =>
            ReadAsync<List<AvailableProduct>>(ApiRequest.Get(PricingBase + "product_list"), cancellationToken);

        /// <summary>P2 the plans and services of a product. <paramref name="productNo"/> is required for products 9 and 11.</summary>
        public async Task<Offering> GetOfferingAsync(int productId, string? productNo = null, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get(PricingBase + "purchase_product_info").WithQuery("productId", productId).WithQuery("productNo", productNo);
            var offering = await ReadAsync<Offering>(request, cancellationToken).ConfigureAwait(false);
            if (offering.ProductId == 0) offering.ProductId = productId;
            foreach (var item in offering.PlanList.Concat(offering.ServiceList))
            {
                item.ProductId = offering.ProductId;
                item.OfferingId = offering.OfferingId;
            }
            return offering;
        }

        /// <summary>P3/P4/P5 the detail of a plan for a trial, a purchase or a renewal (renewal needs <paramref name="productNo"/>).</summary>
        public Task<OfferingItem> GetPlanInfoAsync(OfferingOperation operation, string pricingPlanId, int productId, string? productNo = null, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get($"{PricingBase}{OperationSegment(operation)}/plan_info/{Segment(pricingPlanId)}")
                .WithQuery("productId", productId).WithQuery("productNo", productNo);
            return ReadItemAsync(request, productId, cancellationToken);
        }

        /// <summary>P6/P7/P8 the detail of a service; <paramref name="connectionPlanId"/> is the plan it depends on (trial and purchase only).</summary>
        public Task<OfferingItem> GetServiceInfoAsync(OfferingOperation operation, string pricingServiceId, int productId, string? productNo = null, long? connectionPlanId = null, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get($"{PricingBase}{OperationSegment(operation)}/add_on_info/{Segment(pricingServiceId)}")
                .WithQuery("productId", productId).WithQuery("productNo", productNo)
                .WithQuery("connectionPlanId", operation == OfferingOperation.Renew ? null : connectionPlanId);
            return ReadItemAsync(request, productId, cancellationToken);
        }

        private async Task<OfferingItem> ReadItemAsync(ApiRequest request, int productId, CancellationToken cancellationToken)
        {
            var item = await ReadAsync<OfferingItem>(request, cancellationToken).ConfigureAwait(false);
            item.ProductId = productId;
            return item;
        }

        /// <summary>P9 the list price of an offering; <paramref name="billingCycle"/> is once, monthly or annually.</summary>
        public Task<PriceInfo> GetPriceAsync(int productId, string offeringId, string billingCycle, string? partnerId = null, CancellationToken cancellationToken = default)
        {
            var request = ApiRequest.Get(PricingBase + "my_price_info")
                .WithQuery("productId", productId).WithQuery("billingCycle", billingCycle)
                .WithQuery("offeringId", offeringId).WithQuery("partnerId", partnerId);
            return ReadAsync<PriceInfo>(request, cancellationToken);
        }

        private static string OperationSegment(OfferingOperation operation) =>
            operation == OfferingOperation.Trial ? "trial" : operation == OfferingOperation.Renew ? "renew" : "purchase";
    }
}
