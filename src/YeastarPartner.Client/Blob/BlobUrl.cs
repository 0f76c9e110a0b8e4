using System;
using System.Net;

namespace YeastarPartner.Client.Blob
{
    /// <summary>
    /// A blob's address: <c>https://&lt;account&gt;.blob.core.&lt;cloud suffix&gt;/&lt;container&gt;/&lt;name&gt;</c>, or for the
    /// emulator <c>http://127.0.0.1:&lt;port&gt;/&lt;account&gt;/&lt;container&gt;/&lt;name&gt;</c>. The query (a SAS) is a
    /// secret: only <see cref="Display"/>, the URL without it, ever appears in a message or in <see cref="ToString"/>.
    /// </summary>
    internal sealed class BlobUrl
    {
        private readonly string _query;

        private readonly Uri _containerUri;

        private BlobUrl(Uri withoutQuery, Uri containerUri, string query, string container, string blobName)
        {
            WithoutQuery = withoutQuery;
            _containerUri = containerUri;
            _query = query;
            Container = container;
            BlobName = blobName;
        }

        /// <summary>The blob's URL without its query: how messages name it.</summary>
        public Uri WithoutQuery { get; }

        public string Display => WithoutQuery.AbsoluteUri;

        public string Container { get; }

        public string BlobName { get; }

        /// <summary>True when the URL carries a query (a SAS) to authorise its requests.</summary>
        public bool HasSas => _query.Length > 0;

        /// <summary>
        /// The SAS's expiry (its <c>se</c> field), when the query has one: not a secret, and the one way to tell an
        /// expired SAS from a wrong one, since Blob Storage (and Azurite) may refuse both alike.
        /// </summary>
        public DateTimeOffset? SasExpiry
        {
            get
            {
                foreach (var pair in _query.Split('&'))
                {
                    if (!pair.StartsWith("se=", StringComparison.Ordinal)) continue;
                    if (DateTimeOffset.TryParse(Uri.UnescapeDataString(pair.Substring(3)), System.Globalization.CultureInfo.InvariantCulture,
                            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var expiry))
                        return expiry;
                }
                return null;
            }
        }

        /// <summary>True when <paramref name="text"/> is meant as a URL (http or https) rather than a file path.</summary>
        public static bool LooksLikeUrl(string text) =>
            text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

        /// <summary>Reads a blob URL; throws <see cref="ArgumentException"/> saying what is wrong, without the query.</summary>
        public static BlobUrl Parse(string text)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw new ArgumentException($"'{Redact(text)}' is not an http or https URL.");
            var display = uri.GetLeftPart(UriPartial.Path);
            var segments = uri.AbsolutePath.Trim('/').Split(new[] { '/' }, StringSplitOptions.None);
            int containerIndex;
            if (IsLoopback(uri))
            {
                // The emulator's path style: /<account>/<container>/<name>.
                containerIndex = 1;
            }
            else
            {
                if (uri.Scheme != Uri.UriSchemeHttps)
                    throw new ArgumentException($"'{display}' uses plain http: a SAS or a token would travel unencrypted. Use https (plain http is accepted only on loopback, for the Azurite emulator).");
                if (uri.Host.IndexOf(".blob.", StringComparison.OrdinalIgnoreCase) < 0)
                    throw new ArgumentException($"'{display}' is not an Azure Blob Storage URL: expected https://<account>.blob.core.windows.net/<container>/<name>.csv (or another Azure cloud's blob endpoint).");
                containerIndex = 0;
            }
            if (segments.Length < containerIndex + 2 || Array.Exists(segments, s => s.Length == 0))
                throw new ArgumentException($"'{display}' does not name a container and a blob: expected .../<container>/<name>.csv.");
            var name = string.Join("/", segments, containerIndex + 1, segments.Length - containerIndex - 1);
            var containerUri = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/" + string.Join("/", segments, 0, containerIndex + 1));
            return new BlobUrl(new Uri(display), containerUri, uri.Query.TrimStart('?'), Uri.UnescapeDataString(segments[containerIndex]), Uri.UnescapeDataString(name));
        }

        /// <summary>The blob's URL with its SAS and the operation's own query parameters (e.g. <c>comp=lease</c>).</summary>
        internal Uri RequestUri(string operationQuery = "")
        {
            var query = _query;
            if (operationQuery.Length > 0) query = query.Length == 0 ? operationQuery : operationQuery + "&" + query;
            return query.Length == 0 ? WithoutQuery : new Uri(WithoutQuery.AbsoluteUri + "?" + query);
        }

        /// <summary>The container's URL with the SAS (for the container check).</summary>
        internal Uri ContainerRequestUri(string operationQuery)
        {
            var query = _query.Length == 0 ? operationQuery : operationQuery + "&" + _query;
            return new Uri(_containerUri.AbsoluteUri + "?" + query);
        }

        /// <summary>Everything before the '?': what any string that may hold a SAS is cut to before it is shown.</summary>
        public static string Redact(string text)
        {
            var question = text.IndexOf('?');
            return question < 0 ? text : text.Substring(0, question);
        }

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

        public override string ToString() => Display;
    }
}
