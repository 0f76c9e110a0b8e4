using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Commands
{
    /// <summary>U5: changes the fields given (the API cannot change a user's country).</summary>
    [Cmdlet(VerbsCommon.Set, "YsSubordinateUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Base + "Set-YsSubordinateUser.md")]
    [OutputType(typeof(SubordinateUser))]
    public sealed class SetYsSubordinateUserCommand : SubordinateUserParameters
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Company { get; set; }

        /// <summary>Returns the user as U3 reports it after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override object? ErrorTarget => YeastarId;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            if (!ShouldProcess(YeastarId, "Edit subordinate user")) return;
            var change = ToChange(Company);
            var user = RunAsync(async ct =>
            {
                await client.EditSubordinateUserAsync(change, ct).ConfigureAwait(false);
                return PassThru ? await client.GetSubordinateUserAsync(YeastarId, ct).ConfigureAwait(false) : null;
            });
            if (user != null) WriteObject(user);
        }
    }
}
