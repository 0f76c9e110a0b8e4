using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>U1 Contact_Info. The docs type billingContactId as a String; it is read straight into Int64.</summary>
    public sealed class BillingContact : ApiObject
    {
        [JsonProperty("billingContactId")] public long BillingContactId { get; set; }
        [JsonProperty("firstName")] public string? FirstName { get; set; }
        [JsonProperty("lastName")] public string? LastName { get; set; }
        [JsonProperty("company")] public string? Company { get; set; }
        [JsonProperty("emailAddress")] public string? EmailAddress { get; set; }
        [JsonProperty("phoneNumber")] public string? PhoneNumber { get; set; }
        [JsonProperty("country")] public string? Country { get; set; }
        [JsonProperty("stateProvince")] public string? StateProvince { get; set; }
        [JsonProperty("city")] public string? City { get; set; }
        [JsonProperty("street")] public string? Street { get; set; }
        [JsonProperty("zipCode")] public string? ZipCode { get; set; }
        [JsonProperty("taxNum")] public string? TaxNum { get; set; }
        [JsonProperty("remark")] public string? Remark { get; set; }

        public override string ToString() => $"{FirstName} {LastName} ({BillingContactId})".Trim();
    }
}
