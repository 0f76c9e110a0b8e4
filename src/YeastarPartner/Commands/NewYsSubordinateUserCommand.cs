using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Commands
{
    /// <summary>U4: creates a customer account under this partner, then returns it as U3 reports it.</summary>
    [Cmdlet(VerbsCommon.New, "YsSubordinateUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Base + "New-YsSubordinateUser.md")]
    [OutputType(typeof(SubordinateUser))]
    public sealed class NewYsSubordinateUserCommand : SubordinateUserParameters
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Company { get; set; } = "";

        /// <summary>A country name as Get-YsCountry lists it.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Country { get; set; } = "";

        /// <summary>Emails the user a link to activate the account (valid 48 hours).</summary>
        [Parameter]
        public SwitchParameter SendActivationEmail { get; set; }

        protected override object? ErrorTarget => YeastarId;

        protected override void ProcessApiRecord()
        {
            if (string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName))
            {
                WriteError(ErrorRecords.InvalidArgument("SubordinateUserNameMissing",
                    $"The user '{YeastarId}' needs a first or a last name.", "Pass -FirstName or -LastName (or fill the FirstName/LastName column).", YeastarId));
                return;
            }
            var client = ActiveConnection.Client;
            if (!ShouldProcess($"{YeastarId} ({Company}, {Country})", "Create subordinate user")) return;
            var change = ToChange(Company);
            change.Country = Country;
            change.SendUserActivationEmail = SendActivationEmail.IsPresent;
            WriteObject(RunAsync(async ct =>
            {
                await client.CreateSubordinateUserAsync(change, ct).ConfigureAwait(false);
                return await client.GetSubordinateUserAsync(YeastarId, ct).ConfigureAwait(false);
            }));
        }
    }
}
