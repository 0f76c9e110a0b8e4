using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>U2/U3 User_Info. partnerId is what orders take as partnerId/assignId and P9 as partnerId.</summary>
    public sealed class SubordinateUser : ApiObject
    {
        [JsonProperty("partnerId")] public string? PartnerId { get; set; }
        [JsonProperty("email")] public string? Email { get; set; }
        [JsonProperty("firstName")] public string? FirstName { get; set; }
        [JsonProperty("lastName")] public string? LastName { get; set; }
        [JsonProperty("company")] public string? Company { get; set; }
        [JsonProperty("userType")] public string? UserType { get; set; }
        [JsonProperty("phoneNumber")] public string? PhoneNumber { get; set; }
        [JsonProperty("country")] public string? Country { get; set; }
        [JsonProperty("stateProvince")] public string? StateProvince { get; set; }
        [JsonProperty("city")] public string? City { get; set; }
        [JsonProperty("street")] public string? Street { get; set; }
        [JsonProperty("zipCode")] public string? ZipCode { get; set; }
        [JsonProperty("taxNum")] public string? TaxNum { get; set; }
        [JsonProperty("remark")] public string? Remark { get; set; }

        public override string ToString() => $"{Company} <{Email}> ({PartnerId})";
    }
}
