using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Commands
{
    /// <summary>U6: the countries New-YsSubordinateUser accepts, streamed page by page (-First/-Skip).</summary>
    [Cmdlet(VerbsCommon.Get, "YsCountry", SupportsPaging = true, HelpUri = HelpLinks.Base + "Get-YsCountry.md")]
    [OutputType(typeof(Country))]
    public sealed class GetYsCountryCommand : YsApiCmdlet
    {
        /// <summary>Part of a country name; the API searches by it.</summary>
        [Parameter(Position = 0)]
        public string? Name { get; set; }

        /// <summary>Z to A instead of A to Z.</summary>
        [Parameter]
        public SwitchParameter Descending { get; set; }

        /// <summary>How many countries to fetch per request (default 25, the API's default).</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int PageSize { get; set; } = Client.Paging.PageStream.DefaultPageSize;

        protected override object? ErrorTarget => Name;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var sort = Descending ? "-name" : "name";
            StreamPages((skip, ct) => client.GetCountriesAsync(Name, sort, skip, PageSize, ct),
                (size, ct) => client.GetCountryPageAsync(1, size, Name, sort, ct));
        }
    }
}
