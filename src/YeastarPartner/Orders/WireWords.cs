using System.Text.RegularExpressions;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The Partner Portal's field names in a refusal ("billingId must be ...") said in the user's words, with the
    /// parameter to change. The refusal as the API sent it stays in the error's exception.
    /// </summary>
    internal static class WireWords
    {
        private static readonly Regex Fields = new Regex(
            @"\b(billingId|productNo|productId|partnerId|assignId|serviceId|connectionPlanId|billingCycle|multiCycle|quantity|poNumber|orderPceSpecialRequest|serviceList)\b",
            RegexOptions.CultureInvariant);

        public static string Translate(string apiMessage) => Fields.Replace(apiMessage, m => m.Value switch
        {
            "billingId" => "the billing contact (-BillingContactId)",
            "productNo" => "the serial number (-SerialNumber)",
            "productId" => "the product (-ProductId)",
            "partnerId" => "the subordinate user (-PartnerId)",
            "assignId" => "the assigned user (-AssignId)",
            "serviceId" => "the plan or service ID",
            "connectionPlanId" => "the connection plan ID (-ConnectionPlanId)",
            "billingCycle" => "the billing cycle (-BillingCycle)",
            "multiCycle" => "the multi-cycle (-MultiCycle)",
            "quantity" => "the quantity (-Quantity)",
            "poNumber" => "the PO number (-PoNumber)",
            "orderPceSpecialRequest" => "the Cloud Edition instance (-PbxName, -RegionId, -PbxSubDomainId)",
            "serviceList" => "the plan or service",
            _ => m.Value,
        });
    }
}
