using System.Collections.Generic;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Models
{
    /// <summary>A billing contact of the partner account; its BillingContactId is what orders are billed to.</summary>
    public sealed class YsBillingContact
    {
        internal YsBillingContact(BillingContact c)
        {
            BillingContactId = c.BillingContactId;
            FirstName = c.FirstName;
            LastName = c.LastName;
            Company = c.Company;
            EmailAddress = c.EmailAddress;
            PhoneNumber = c.PhoneNumber;
            Country = c.Country;
            StateProvince = c.StateProvince;
            City = c.City;
            Street = c.Street;
            ZipCode = c.ZipCode;
            TaxNum = c.TaxNum;
            Remark = c.Remark;
            Extra = c.Extra;
        }

        /// <summary>A 19-digit ID: Int64, exact (never a double).</summary>
        public long BillingContactId { get; }
        public string? FirstName { get; }
        public string? LastName { get; }
        public string? Company { get; }
        public string? EmailAddress { get; }
        public string? PhoneNumber { get; }
        public string? Country { get; }
        public string? StateProvince { get; }
        public string? City { get; }
        public string? Street { get; }
        public string? ZipCode { get; }
        public string? TaxNum { get; }
        public string? Remark { get; }
        /// <summary>Fields the API sent that this type does not name, or could not read, as sent (plain values).</summary>
        public IReadOnlyDictionary<string, object?> Extra { get; }

        public override string ToString() => $"{FirstName} {LastName} ({BillingContactId})".Trim();
    }
}
