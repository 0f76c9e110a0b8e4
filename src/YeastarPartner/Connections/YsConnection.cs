using System;
using System.Collections.Generic;
using YeastarPartner.Client;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Connections
{
    /// <summary>
    /// A connection to the Partner Portal: what Connect-YeastarPartner returns and -Connection takes.
    /// Shows where and as whom; never a secret or a token.
    /// </summary>
    public sealed class YsConnection
    {
        /// <summary>How long Tab completion reuses a list read from the API: long enough for one command line.</summary>
        internal static readonly TimeSpan CompletionCacheLifetime = TimeSpan.FromMinutes(5);

        internal YsConnection(YeastarClient client)
        {
            Client = client;
            ConnectedAt = DateTimeOffset.Now;
            BillingContacts = new CachedLookup<IReadOnlyList<BillingContact>>(client.GetBillingContactsAsync, CompletionCacheLifetime);
        }

        public Uri BaseUri => Client.Options.BaseUri;
        public string ClientId => Client.ClientId;
        public string UserAgent => Client.Options.UserAgent;
        /// <summary>When the current access token expires; it is renewed automatically before then.</summary>
        public DateTimeOffset? TokenExpiresAt => Client.TokenExpiresAt?.ToLocalTime();
        public DateTimeOffset ConnectedAt { get; }

        internal YeastarClient Client { get; }
        /// <summary>The billing contacts for Tab completion of -BillingContactId.</summary>
        internal CachedLookup<IReadOnlyList<BillingContact>> BillingContacts { get; }
        internal bool IsDisconnected { get; private set; }

        internal void Disconnect()
        {
            IsDisconnected = true;
            Client.Dispose();
        }

        public override string ToString() => $"{ClientId} at {BaseUri}";
    }
}
