using System;
using YeastarPartner.Client;

namespace YeastarPartner.Connections
{
    /// <summary>
    /// A connection to the Partner Portal: what Connect-YeastarPartner returns and -Connection takes.
    /// Shows where and as whom; never a secret or a token.
    /// </summary>
    public sealed class YsConnection
    {
        internal YsConnection(YeastarClient client)
        {
            Client = client;
            ConnectedAt = DateTimeOffset.Now;
        }

        public Uri BaseUri => Client.Options.BaseUri;
        public string ClientId => Client.ClientId;
        public string UserAgent => Client.Options.UserAgent;
        /// <summary>When the current access token expires; it is renewed automatically before then.</summary>
        public DateTimeOffset? TokenExpiresAt => Client.TokenExpiresAt?.ToLocalTime();
        public DateTimeOffset ConnectedAt { get; }

        internal YeastarClient Client { get; }
        internal bool IsDisconnected { get; private set; }

        internal void Disconnect()
        {
            IsDisconnected = true;
            Client.Dispose();
        }

        public override string ToString() => $"{ClientId} at {BaseUri}";
    }
}
