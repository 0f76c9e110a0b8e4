using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Commands
{
    /// <summary>The fields New- and Set-YsSubordinateUser share (U4/U5 bodies), all bindable from CSV columns.</summary>
    public abstract class SubordinateUserParameters : YsApiCmdlet
    {
        /// <summary>The user's email, which is their Yeastar ID.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Email")]
        [ValidatePattern(@"^[^@\s]+@[^@\s]+$")]
        public string YeastarId { get; set; } = "";

        [Parameter(ValueFromPipelineByPropertyName = true)] public string? FirstName { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? LastName { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? PhoneNumber { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? StateProvince { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? City { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? Street { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? ZipCode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("VAT_number", "Tax_ID", "TIN_number", "RUC", "CUIT")]
        public string? TaxType { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)] public string? TaxNum { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true)] public string? Remark { get; set; }

        /// <summary>The body for U4/U5 from the bound parameters; unbound ones stay null and are not sent.</summary>
        internal SubordinateUserChange ToChange(string? company) => new SubordinateUserChange
        {
            YeastarId = YeastarId,
            Company = company,
            FirstName = FirstName,
            LastName = LastName,
            PhoneNumber = PhoneNumber,
            StateProvince = StateProvince,
            City = City,
            Street = Street,
            ZipCode = ZipCode,
            TaxType = TaxType,
            TaxNum = TaxNum,
            Remark = Remark,
        };
    }
}
