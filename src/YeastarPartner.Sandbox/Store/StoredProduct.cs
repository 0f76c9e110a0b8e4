using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>A purchased product (PBX, license, instance): what orders create, renew, switch and attach services to.</summary>
public sealed class StoredProduct(int productId, string productNo)
{
    public int ProductId { get; } = productId;
    public string ProductNo { get; } = productNo;
    public long? PlanId { get; set; }
    public string BillingCycle { get; set; } = "annually";
    /// <summary>Extensions, connections or minutes the plan covers (renewals must keep it).</summary>
    public int Quantity { get; set; }
    public DateOnly ExpireDate { get; set; }
    public string? PartnerId { get; set; }
    public string Model { get; set; } = "P550";
    public long CreateTime { get; set; }
    public Dictionary<long, int> Services { get; } = [];
    public HashSet<long> AutoRenew { get; } = [];
    /// <summary>What R1/R2 list as activationCode and R7 answers as code.</summary>
    public string ActivationCode => "AC-" + ProductNo;

    public JsonObject ToJson()
    {
        var plan = PlanId is long id ? ProductCatalog.Find(ProductId)?.Find(id) : null;
        return new JsonObject
        {
            ["activationCode"] = ActivationCode,
            ["activationStatus"] = "activated",
            ["comment"] = "",
            ["createTime"] = CreateTime,
            ["productNo"] = ProductNo,
            ["productId"] = ProductId,
            ["planId"] = PlanId,
            ["planName"] = plan?.Name,
            ["billingCycle"] = BillingCycle,
            ["quantity"] = Quantity,
            ["expireDate"] = ExpireDate.ToString("yyyy-MM-dd"),
            ["partnerId"] = PartnerId,
            ["serviceList"] = new JsonArray(Services.Select(s => (JsonNode)new JsonObject { ["serviceId"] = s.Key, ["quantity"] = s.Value }).ToArray()),
        };
    }
}
