using System.Text.Json;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Orders;

/// <summary>
/// The sandbox's one rule engine: the section-7 rules for every operationType, and the seed tutorial's
/// (section 16) for the Appliance Edition purchase. Each rule has a name; SandboxOptions.DisabledRules
/// switches any of them off, because several come from tutorials rather than the reference. Written
/// independently of the client's builder on purpose: the sandbox is the check on it.
/// </summary>
public static class OrderRules
{
    public static readonly string[] Names =
    [
        "purchase-type", "item-kind", "trial-available", "trial-billing", "billing-contact", "billing-cycle", "billing-model",
        "multicycle", "serial-required", "product-exists", "renew-same-cycle", "renew-quantity", "renew-with-services",
        "switch-same-cycle", "pce-quantity", "pce-request", "ha-quantity", "dr-ultimate", "connection-plan", "partner-known",
        "appliance-plans-only", "switch-plans-only", "partner-new-license", "quantity-positive",
    ];

    public static RuleViolation? Check(string operationType, JsonElement body, SandboxStore store, ISet<string> disabled)
    {
        var parts = operationType.Split('_');
        if (parts.Length != 2 || parts[0] is not ("trial" or "purchase" or "renew" or "switch") || parts[1] is not ("plan" or "service"))
            return new("operationType", $"operationType '{operationType}' is not supported (switchTrial_plan is undocumented).");
        var action = parts[0];
        var planOrder = parts[1] == "plan";
        bool On(string rule) => !disabled.Contains(rule);

        if (!JsonFields.TryGetInt64(body, "productId", out var productIdLong) || ProductCatalog.Find((int)productIdLong) is not { } product)
            return new("productId", "productId must be a product of the catalogue (see P1).");
        // A blank productNo names no device: it is as good as none.
        var hasSerial = JsonFields.TryGetString(body, "productNo", out var productNo) && !string.IsNullOrWhiteSpace(productNo);
        var existing = store.FindProduct(product.Id, hasSerial ? productNo : null);
        var isDevice = product.Id is 9 or 11 or 12 or 13;
        var newLicense = action == "purchase" && planOrder && product.Id is 12 or 13;

        if (On("serial-required") && isDevice && action != "trial" && !newLicense && !hasSerial)
            return new("productNo", $"productNo is required for {operationType} of product {product.Id} (an existing device).");
        if (On("product-exists") && hasSerial && existing == null && !(action == "purchase" && planOrder))
            return new("productNo", $"No product {productNo} of product {product.Id}.");
        if (On("billing-contact") && action != "trial" && !(JsonFields.TryGetInt64(body, "billingId", out var billingId) && store.IsKnownBillingContact(billingId)))
            return new("billingId", "billingId must be a billing contact of this account (a JSON integer).");
        if (On("partner-known") && JsonFields.TryGetString(body, "partnerId", out var partnerId) && !store.IsKnownPartner(partnerId))
            return new("partnerId", $"partnerId '{partnerId}' is not a subordinate user.");
        // Rule 13: a PSE license takes partnerId only when it is new, productNo only when it exists; never both.
        if (On("partner-new-license") && product.Id == Catalog.SoftwareEdition && action == "purchase" && planOrder && hasSerial
            && JsonFields.TryGetString(body, "partnerId", out var forPartner) && !string.IsNullOrWhiteSpace(forPartner))
            return new("partnerId", $"partnerId is for a new PSE license only; {productNo} is an existing one.");

        if (!body.TryGetProperty("serviceList", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            return new("serviceList", "serviceList must be a non-empty array.");
        var items = new List<(JsonElement Json, CatalogItem Item)>();
        foreach (var json in list.EnumerateArray())
        {
            if (!JsonFields.TryGetInt64(json, "serviceId", out var id) || product.Find(id) is not { } item)
                return new("serviceList.serviceId", $"serviceId must be a plan or service of product {product.Id} (a JSON integer).");
            items.Add((json, item));
        }
        // The seed tutorial: "serviceType is always plan" in an Appliance Edition purchase_plan, so even the
        // product's own services (Hotel Module) are refused there; they are bought with purchase_service.
        if (On("appliance-plans-only") && product.Id == Catalog.ApplianceEdition && operationType == "purchase_plan" && items.FirstOrDefault(i => i.Item.ServiceType != "plan").Item is { } notPlan)
            return new("serviceList.serviceId", $"serviceId {notPlan.Id} is not a plan of product 11: an Appliance Edition purchase_plan carries only plans.");
        if (On("switch-plans-only") && action == "switch" && items.Any(i => i.Item.ServiceType != "plan"))
            return new("serviceList", $"{operationType} switches a plan; it carries no services.");
        if (On("item-kind") && (planOrder ? !items.Any(i => i.Item.ServiceType == "plan") : items.Any(i => i.Item.ServiceType == "plan")))
            return new("serviceList.serviceType", planOrder ? $"{operationType} needs a plan item." : $"{operationType} cannot carry a plan.");

        var plan = items.FirstOrDefault(i => i.Item.ServiceType == "plan").Item;
        foreach (var (json, item) in items)
        {
            if (Item(action, json, item, product, existing, plan, On) is { } violation) return violation;
        }

        if (On("renew-with-services") && action == "renew" && planOrder && product.Id is 12 or 13 && existing != null)
            foreach (var service in existing.Services.Keys)
                if (!items.Any(i => i.Item.Id == service))
                    return new("serviceList", $"Product {productNo} also has service {service}: renew plan and services in one order.");

        if (On("pce-request") && product.Id == 13 && action == "purchase" && planOrder && !hasSerial)
        {
            if (!body.TryGetProperty("orderPceSpecialRequest", out var pce) || pce.ValueKind != JsonValueKind.Object
                || !JsonFields.TryGetString(pce, "pbxName", out _) || !JsonFields.TryGetString(pce, "regionId", out _) || !JsonFields.TryGetString(pce, "pbxSubDomainId", out _))
                return new("orderPceSpecialRequest", "A new Cloud Edition needs orderPceSpecialRequest with pbxName, regionId and pbxSubDomainId.");
        }
        return null;
    }

    private static RuleViolation? Item(string action, JsonElement json, CatalogItem item, CatalogProduct product, StoredProduct? existing, CatalogItem? plan, Func<string, bool> on)
    {
        JsonFields.TryGetString(json, "serviceType", out var serviceType);
        if (serviceType != item.ServiceType) return new("serviceList.serviceType", $"serviceType of {item.Id} must be '{item.ServiceType}'.");
        if (on("purchase-type") && (!JsonFields.TryGetString(json, "purchaseType", out var purchaseType) || purchaseType != action))
            return new("serviceList.purchaseType", $"purchaseType must be '{action}'.");
        if (!JsonFields.TryGetInt64(json, "multiCycle", out var multiCycle)) return new("serviceList.multiCycle", "multiCycle must be a JSON integer.");
        long? quantity = JsonFields.TryGetInt64(json, "quantity", out var q) ? q : null;
        if (on("quantity-positive") && quantity < 1) return new("serviceList.quantity", "quantity must be 1 or more.");

        if (action == "trial")
        {
            if (on("trial-available") && !item.Trial) return new("serviceList.serviceId", $"'{item.Name}' has no trial.");
            if (on("trial-billing") && (JsonFields.Has(json, "billingModel") || JsonFields.Has(json, "billingCycle")))
                return new("serviceList.billingCycle", "A trial has no billingModel or billingCycle.");
            if (on("multicycle") && multiCycle != 0) return new("serviceList.multiCycle", "multiCycle must be 0 on a trial.");
            return null;
        }

        JsonFields.TryGetString(json, "billingCycle", out var cycle);
        if (on("billing-cycle") && !item.BillingCycles.Contains(cycle))
            return new("serviceList.billingCycle", $"billingCycle of '{item.Name}' must be {string.Join(" or ", item.BillingCycles)}.");
        if (on("billing-model") && (!JsonFields.TryGetString(json, "billingModel", out var model) || model != item.BillingModel))
            return new("serviceList.billingModel", $"billingModel of '{item.Name}' must be '{item.BillingModel}'.");
        if (on("multicycle"))
        {
            var rmRenew = product.Id == 15 && action == "renew" && item.ServiceType == "plan";
            var (min, max) = cycle is "monthly" or "once" ? (0, 0) : rmRenew ? (1, 1) : item.ServiceType == "plan" ? (1, 5) : (0, 0);
            if (multiCycle < min || multiCycle > max)
                return new("serviceList.multiCycle", $"multiCycle must be {(min == max ? min.ToString() : $"{min} to {max}")} for {cycle} '{item.Name}'.");
        }
        if (on("renew-same-cycle") && action == "renew" && item.ServiceType == "plan" && existing != null && cycle != existing.BillingCycle)
            return new("serviceList.billingCycle", $"A renewal keeps the billing cycle ({existing.BillingCycle}).");
        if (on("switch-same-cycle") && action == "switch" && existing != null && cycle != existing.BillingCycle)
            return new("serviceList.billingCycle", $"A switch keeps the billing cycle ({existing.BillingCycle}).");
        if (on("renew-quantity") && action == "renew" && item.ServiceType == "plan" && product.Id is 12 or 13 or 14 && existing != null && quantity != existing.Quantity)
            return new("serviceList.quantity", $"A renewal must keep the current number of extensions ({existing.Quantity}).");
        if (on("pce-quantity") && product.Id == 13 && action == "purchase" && item.ServiceType == "plan" && quantity is not (>= 5 and <= 500))
            return new("serviceList.quantity", "A Cloud Edition instance has 5 to 500 extensions.");
        if (on("pce-quantity") && product.Id == 13 && item.Name == "Extension Expansion" && existing != null && existing.Quantity + (quantity ?? 0) > 500)
            return new("serviceList.quantity", $"A Cloud PBX has at most 500 extensions; it has {existing.Quantity}.");
        if (on("ha-quantity") && item.Name == "High Availability" && existing != null && quantity != existing.Quantity)
            return new("serviceList.quantity", $"High Availability quantity must be the current extension count ({existing.Quantity}).");
        if (on("dr-ultimate") && item.Name == "Disaster Recovery")
        {
            var planName = plan?.Name ?? (existing?.PlanId is long current ? product.Find(current)?.Name : null);
            if (planName != "Ultimate Plan") return new("serviceList.serviceId", "Disaster Recovery is only available on the Ultimate Plan.");
        }
        if (on("connection-plan") && JsonFields.TryGetInt64(json, "connectionPlanId", out var connection) && item.ServiceType == "service"
            && connection != (plan?.Id ?? existing?.PlanId ?? connection))
            return new("serviceList.connectionPlanId", $"connectionPlanId must be the plan ID ({plan?.Id ?? existing?.PlanId}).");
        return null;
    }
}
