using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Commands
{
    /// <summary>R5: the regions and domain suffixes where a new Cloud Edition PBX can be created.</summary>
    [Cmdlet(VerbsCommon.Get, "YsRegion", HelpUri = HelpLinks.Base + "Get-YsRegion.md")]
    [OutputType(typeof(Region))]
    public sealed class GetYsRegionCommand : YsApiCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override object? ErrorTarget => Name;

        protected override void ProcessApiRecord()
        {
            var connection = ActiveConnection;
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            foreach (var region in RunAsync(ct => connection.Client.GetRegionsAsync(ct)))
                if (pattern == null || pattern.IsMatch(region.Name ?? "")) WriteObject(region);
        }
    }
}
