using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// U4 Create / U5 Edit body. Null fields are not sent, so an edit changes only what is set. Country
    /// exists only on create (U5 has no country field).
    /// </summary>
    public sealed class SubordinateUserChange
    {
        [JsonProperty("userType")] public string UserType { get; set; } = "Customer";
        [JsonProperty("yeastarId")] public string YeastarId { get; set; } = "";
        [JsonProperty("company")] public string? Company { get; set; }
        [JsonProperty("country")] public string? Country { get; set; }
        [JsonProperty("firstName")] public string? FirstName { get; set; }
        [JsonProperty("lastName")] public string? LastName { get; set; }
        [JsonProperty("phoneNumber")] public string? PhoneNumber { get; set; }
        [JsonProperty("stateProvince")] public string? StateProvince { get; set; }
        [JsonProperty("city")] public string? City { get; set; }
        [JsonProperty("street")] public string? Street { get; set; }
        [JsonProperty("zipCode")] public string? ZipCode { get; set; }
        /// <summary>VAT_number, Tax_ID, TIN_number, RUC or CUIT.</summary>
        [JsonProperty("taxType")] public string? TaxType { get; set; }
        [JsonProperty("taxNum")] public string? TaxNum { get; set; }
        [JsonProperty("remark")] public string? Remark { get; set; }
        [JsonProperty("sendUserActivationEmail")] public bool? SendUserActivationEmail { get; set; }
    }
}
