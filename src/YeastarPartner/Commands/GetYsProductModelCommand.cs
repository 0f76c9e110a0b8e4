using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Completers;
using YeastarPartner.Models;

namespace YeastarPartner.Commands
{
    /// <summary>R4: the hardware model of each Appliance Edition or S-Series PBX piped in.</summary>
    [Cmdlet(VerbsCommon.Get, "YsProductModel", HelpUri = HelpLinks.Base + "Get-YsProductModel.md")]
    [OutputType(typeof(YsProductModel))]
    public sealed class GetYsProductModelCommand : YsApiCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; } = 11;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string SerialNumber { get; set; } = "";

        protected override object? ErrorTarget => SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var model = RunAsync(ct => client.GetProductModelAsync(ProductId, SerialNumber, ct));
            WriteObject(new YsProductModel(ProductId, SerialNumber, model));
        }
    }
}
