using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Client
{
    public sealed partial class YeastarClient
    {
        /// <summary>Sends a read and returns its result as <typeparamref name="T"/>.</summary>
        private async Task<T> ReadAsync<T>(ApiRequest request, CancellationToken cancellationToken)
        {
            var envelope = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return ResultAs<T>(envelope, request.Method, request.Path);
        }

        /// <summary>Sends a change (never resent unless certainly rejected) and returns its result.</summary>
        private async Task<T> ChangeAsync<T>(string path, object body, CancellationToken cancellationToken)
        {
            var envelope = await _transport.SendAsync(ApiRequest.Post(path, body), cancellationToken).ConfigureAwait(false);
            return ResultAs<T>(envelope, "POST", path, requestMayHaveBeenProcessed: true);
        }

        private static string Segment(string value) => System.Uri.EscapeDataString(value);
    }
}
