using System;
using System.Net;
using System.Net.Http;

namespace YeastarPartner.Client
{
    /// <summary>How a <see cref="YeastarClient"/> reaches the Partner Portal. Immutable once the client is built.</summary>
    public sealed class YeastarClientOptions
    {
        /// <summary>The Partner Portal API's address, as text: a constant, so help can name it.</summary>
        public const string DefaultBaseUriText = "https://openapi.partner.yeastar.com";

        public static readonly Uri DefaultBaseUri = new Uri(DefaultBaseUriText);

        public Uri BaseUri { get; set; } = DefaultBaseUri;

        /// <summary>The docs mark User-Agent required on every call and always show "OpenAPI".</summary>
        public string UserAgent { get; set; } = "OpenAPI";

        /// <summary>Limit for one HTTP exchange; retries each get their own.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Retries of a call that is safe to repeat (and of a rejected order: 429).</summary>
        public int MaxRetry { get; set; } = 3;

        /// <summary>No single wait between retries is longer than this, whatever Retry-After asks.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Null: the system proxy (Internet Options on Windows, HTTPS_PROXY elsewhere).</summary>
        public IWebProxy? Proxy { get; set; }

        /// <summary>
        /// Credentials for the system proxy when <see cref="Proxy"/> is null; null means the logged-on
        /// user's default credentials. An explicit <see cref="Proxy"/> carries its own credentials.
        /// </summary>
        public ICredentials? ProxyCredentials { get; set; }

        /// <summary>For tests and hosts that bring their own handler chain; null builds an HttpClientHandler.</summary>
        public HttpMessageHandler? Handler { get; set; }

        internal void Validate()
        {
            if (BaseUri == null || !BaseUri.IsAbsoluteUri)
                throw new ArgumentException("BaseUri must be an absolute URI such as https://openapi.partner.yeastar.com.");
            // A password in the address would travel with every call and show wherever the address is shown.
            if (!string.IsNullOrEmpty(BaseUri.UserInfo))
                throw new ArgumentException("BaseUri must not contain a user name or password (user:password@): the Partner Portal authenticates with the client ID and secret. Remove them from the address.");
            // A client secret must never cross the network in clear text; loopback (the sandbox) is the exception.
            if (BaseUri.Scheme != Uri.UriSchemeHttps && !(BaseUri.Scheme == Uri.UriSchemeHttp && BaseUri.IsLoopback))
                throw new ArgumentException($"BaseUri '{BaseUri}' is not https. Plain http is allowed only for a loopback address such as the local sandbox.");
            if (string.IsNullOrWhiteSpace(UserAgent))
                throw new ArgumentException("UserAgent must not be empty: the Partner Portal requires it on every call.");
            if (Timeout <= TimeSpan.Zero)
                throw new ArgumentException("Timeout must be positive.");
            if (MaxRetry < 0)
                throw new ArgumentException("MaxRetry must be zero or more.");
            if (MaxRetryDelay < TimeSpan.Zero)
                throw new ArgumentException("MaxRetryDelay must not be negative.");
        }
    }
}
