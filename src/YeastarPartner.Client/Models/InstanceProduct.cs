using System;
using Newtonsoft.Json;
using YeastarPartner.Client.Catalog;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// R1 Product_Info / R2 detail: a purchased product (PBX, license, instance). The docs show only the
    /// leading fields; productNo, planId, billingCycle, quantity and expireDate are inferred, and
    /// everything else the API sends is kept in <see cref="Extra"/>.
    /// </summary>
    public sealed class InstanceProduct : ApiObject
    {
        [JsonProperty("productNo")] public string? ProductNo { get; set; }
        /// <summary>R1/R2 do not document it; the client fills it from the query so products pipe on.</summary>
        [JsonProperty("productId")] public int ProductId { get; set; }
        [JsonProperty("activationCode")] public string? ActivationCode { get; set; }
        /// <summary>unknown, unactivated or activated.</summary>
        [JsonProperty("activationStatus")] public string? ActivationStatus { get; set; }
        [JsonProperty("comment")] public string? Comment { get; set; }
        /// <summary>Unit not documented; see <see cref="Catalog.ApiTime"/>.</summary>
        [JsonProperty("createTime")] public long? CreateTime { get; set; }
        [JsonProperty("planId")] public long? PlanId { get; set; }
        [JsonProperty("planName")] public string? PlanName { get; set; }
        [JsonProperty("billingCycle")] public string? BillingCycle { get; set; }
        [JsonProperty("quantity")] public int? Quantity { get; set; }
        /// <summary>The expiry as sent (inferred field: a date such as 2026-12-31, or epoch time).</summary>
        [JsonProperty("expireDate")] public string? ExpireDateText { get; set; }
        /// <summary>The expiry as a date, to filter on (Where-Object ExpireDate -lt ...); null when absent or unreadable (see ExpireDateText).</summary>
        [JsonIgnore] public DateTime? ExpireDate => ApiTime.ParseDate(ExpireDateText);
        /// <summary>Only present while the plan is switching to another.</summary>
        [JsonProperty("currentPlan")] public string? CurrentPlan { get; set; }
        [JsonProperty("currentPlanExpireDate")] public string? CurrentPlanExpireDate { get; set; }

        public override string ToString() => $"{ProductNo} ({ProductId})";
    }
}
