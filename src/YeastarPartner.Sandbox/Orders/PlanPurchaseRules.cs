using System.Text.Json;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Orders;

/// <summary>
/// What the Appliance Edition purchase tutorial states (API reference section 16): productId 11, one of
/// the three plan IDs, serviceType plan, purchaseType purchase, billingModel recurring, monthly with
/// multiCycle 0 or annually with 1 to 5, a known billing contact, the device serial number.
/// </summary>
public static class PlanPurchaseRules
{
    public static RuleViolation? Check(JsonElement body, SandboxStore store)
    {
        if (!JsonFields.TryGetInt64(body, "productId", out var productId))
            return new("productId", "productId is required and must be a JSON integer.");
        if (productId != Catalog.ApplianceEdition)
            return new("productId", $"productId {productId} is not supported by the sandbox for purchase_plan (only 11, P-Series Plan for Appliance Edition).");
        if (!JsonFields.TryGetString(body, "productNo", out var productNo) || string.IsNullOrWhiteSpace(productNo))
            return new("productNo", "productNo (the PBX serial number) is required for an order on an existing device.");
        if (!JsonFields.TryGetInt64(body, "billingId", out var billingId))
            return new("billingId", "billingId is required and must be a JSON integer (a 19-digit Long).");
        if (!store.IsKnownBillingContact(billingId))
            return new("billingId", $"billingId {billingId} is not a billing contact of this account.");
        if (!body.TryGetProperty("serviceList", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
            return new("serviceList", "serviceList must be a non-empty array.");

        foreach (var item in items.EnumerateArray())
        {
            var violation = CheckPlanItem(item);
            if (violation != null) return violation;
        }
        return null;
    }

    private static RuleViolation? CheckPlanItem(JsonElement item)
    {
        if (!JsonFields.TryGetInt64(item, "serviceId", out var serviceId))
            return new("serviceList.serviceId", "serviceId must be a JSON integer (a 19-digit Long).");
        if (!Catalog.AppliancePlans.ContainsKey(serviceId))
            return new("serviceList.serviceId", $"serviceId {serviceId} is not a plan of product 11.");
        if (!JsonFields.TryGetString(item, "serviceType", out var serviceType) || serviceType != "plan")
            return new("serviceList.serviceType", "serviceType must be 'plan'.");
        if (!JsonFields.TryGetString(item, "purchaseType", out var purchaseType) || purchaseType != "purchase")
            return new("serviceList.purchaseType", "purchaseType must be 'purchase' for purchase_plan.");
        if (!JsonFields.TryGetString(item, "billingModel", out var billingModel) || billingModel != "recurring")
            return new("serviceList.billingModel", "billingModel must be 'recurring'.");
        if (!JsonFields.TryGetString(item, "billingCycle", out var cycle) || (cycle != "monthly" && cycle != "annually"))
            return new("serviceList.billingCycle", "billingCycle must be 'monthly' or 'annually'.");
        if (!JsonFields.TryGetInt64(item, "multiCycle", out var multiCycle))
            return new("serviceList.multiCycle", "multiCycle must be a JSON integer.");
        if (cycle == "monthly" && multiCycle != 0)
            return new("serviceList.multiCycle", "multiCycle must be 0 when billingCycle is monthly.");
        if (cycle == "annually" && (multiCycle < 1 || multiCycle > 5))
            return new("serviceList.multiCycle", "multiCycle must be 1 to 5 when billingCycle is annually.");
        return null;
    }
}
