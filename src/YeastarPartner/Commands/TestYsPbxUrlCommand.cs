using System.Management.Automation;
using YeastarPartner.Base;

namespace YeastarPartner.Commands
{
    /// <summary>R6: $true when a Cloud Edition PBX URL already exists (is taken), like Test-Path.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "YsPbxUrl", HelpUri = HelpLinks.Base + "Test-YsPbxUrl.md")]
    [OutputType(typeof(bool))]
    public sealed class TestYsPbxUrlCommand : YsApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PbxUrl { get; set; } = "";

        protected override object? ErrorTarget => PbxUrl;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            WriteObject(RunAsync(ct => client.PbxUrlExistsAsync(PbxUrl, ct)));
        }
    }
}
