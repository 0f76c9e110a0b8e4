using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Http;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Paging;

namespace YeastarPartner.Client
{
    /// <summary>Subordinate users and countries: U2 to U6.</summary>
    public sealed partial class YeastarClient
    {
        private const string CountryListPath = "/user/openapi/area/v1/page";

        /// <summary>U2 Query Subordinate User List.</summary>
        public Task<List<SubordinateUser>> GetSubordinateUsersAsync(CancellationToken cancellationToken = default) =>
            ReadAsync<List<SubordinateUser>>(ApiRequest.Get("/user/openapi/user/v1/client/partner_list"), cancellationToken);

        /// <summary>U3 one subordinate user by partner ID or Yeastar ID (email).</summary>
        public Task<SubordinateUser> GetSubordinateUserAsync(string partnerIdOrYeastarId, CancellationToken cancellationToken = default) =>
            ReadAsync<SubordinateUser>(ApiRequest.Get("/user/openapi/user/v1/subordinate_user/" + Segment(partnerIdOrYeastarId)), cancellationToken);

        /// <summary>U4 Create a Subordinate User. A write: never resent unless certainly rejected.</summary>
        public Task<bool> CreateSubordinateUserAsync(SubordinateUserChange user, CancellationToken cancellationToken = default) =>
            ChangeAsync<bool>("/user/openapi/user/v1/client/save_user", user, cancellationToken);

        /// <summary>U5 Edit a Subordinate User (the API has no country field on edit; it is not sent).</summary>
        public Task<bool> EditSubordinateUserAsync(SubordinateUserChange user, CancellationToken cancellationToken = default)
        {
            user.Country = null;
            user.SendUserActivationEmail = null;
            return ChangeAsync<bool>("/user/openapi/user/v1/client/edit_user", user, cancellationToken);
        }

        /// <summary>U6 Query Country List, one page; <paramref name="name"/> searches by name, <paramref name="sort"/> is name or -name.</summary>
        public Task<Page<Country>> GetCountryPageAsync(int pageNo, int pageSize, string? name = null, string? sort = null, CancellationToken cancellationToken = default) =>
            ReadAsync<Page<Country>>(ApiRequest.Get(CountryListPath)
                .WithQuery("pageNo", pageNo).WithQuery("pageSize", pageSize).WithQuery("sort", sort).WithQuery("name", name), cancellationToken);

        /// <summary>U6 every country, one page fetched at a time.</summary>
        public IAsyncEnumerable<Country> GetCountriesAsync(string? name = null, string? sort = null, long skip = 0, int pageSize = PageStream.DefaultPageSize, CancellationToken cancellationToken = default) =>
            PageStream.ReadAsync(CountryListPath, (no, size, ct) => GetCountryPageAsync(no, size, name, sort, ct), pageSize, skip, cancellationToken);
    }
}
