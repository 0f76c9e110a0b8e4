using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Client.Auth
{
    /// <summary>A1 and A2: one path, two grants (API reference section 4).</summary>
    internal sealed class TokenEndpoint
    {
        public const string Path = "/auth/openapi/v1/oauth/token";

        private readonly ApiTransport _transport;
        private readonly ClientCredentials _credentials;

        public TokenEndpoint(ApiTransport transport, ClientCredentials credentials)
        {
            _transport = transport;
            _credentials = credentials;
        }

        public Task<TokenGrant> AcquireAsync(CancellationToken cancellationToken) =>
            _credentials.UseSecret(secret => RequestAsync(new[]
            {
                Field("client_id", _credentials.ClientId),
                Field("client_secret", secret),
                Field("grant_type", "pp_credentials"),
            }, cancellationToken));

        public Task<TokenGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
            RequestAsync(new[]
            {
                Field("grant_type", "refresh_token"),
                Field("refresh_token", refreshToken),
            }, cancellationToken);

        private async Task<TokenGrant> RequestAsync(KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
        {
            var issuedAt = DateTimeOffset.UtcNow;
            var envelope = await _transport.SendAsync(ApiRequest.TokenRequest(Path, form), cancellationToken).ConfigureAwait(false);
            return Parse(envelope, issuedAt);
        }

        private static TokenGrant Parse(ApiEnvelope envelope, DateTimeOffset issuedAt)
        {
            var result = envelope.Result as JObject;
            var token = (string?)result?["token"];
            // expiresIn is documented as a String; accept a number too.
            var expiresText = result?["expiresIn"]?.ToString();
            if (string.IsNullOrEmpty(token) || !long.TryParse(expiresText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                throw new YeastarApiException(ApiErrorKind.InvalidResponse, "POST", Path,
                    $"POST {Path} succeeded but its result lacks a token or a positive expiresIn (requestId {envelope.RequestId ?? "-"}).",
                    requestId: envelope.RequestId);
            }
            return new TokenGrant(token!, (string?)result!["tokenHead"] ?? "Bearer ", (string?)result["refreshToken"], issuedAt, TimeSpan.FromSeconds(seconds));
        }

        private static KeyValuePair<string, string> Field(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
