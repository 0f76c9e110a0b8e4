using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using YeastarPartner.Client;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client.Paging;

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
            AvailableProducts = new CachedLookup<IReadOnlyList<AvailableProduct>>(async ct => await client.GetAvailableProductsAsync(ct).ConfigureAwait(false), CompletionCacheLifetime);
            SubordinateUsers = new CachedLookup<IReadOnlyList<SubordinateUser>>(async ct => await client.GetSubordinateUsersAsync(ct).ConfigureAwait(false), CompletionCacheLifetime);
            Regions = new CachedLookup<IReadOnlyList<Region>>(async ct => await client.GetRegionsAsync(ct).ConfigureAwait(false), CompletionCacheLifetime);
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
        /// <summary>The products the account may buy (P1), for Tab completion of -ProductId.</summary>
        internal CachedLookup<IReadOnlyList<AvailableProduct>> AvailableProducts { get; }
        /// <summary>The subordinate users, for Tab completion of -PartnerId.</summary>
        internal CachedLookup<IReadOnlyList<SubordinateUser>> SubordinateUsers { get; }
        /// <summary>The Cloud Edition regions, for Tab completion of -RegionId.</summary>
        internal CachedLookup<IReadOnlyList<Region>> Regions { get; }
        internal bool IsDisconnected { get; private set; }

        /// <summary>How many of a product's devices Tab completion of -SerialNumber reads: a few pages, not a whole large account.</summary>
        internal const int CompletionProductLimit = 1000;

        private readonly ConcurrentDictionary<int, CachedLookup<IReadOnlyList<InstanceProduct>>> _products = new ConcurrentDictionary<int, CachedLookup<IReadOnlyList<InstanceProduct>>>();

        /// <summary>The account's devices of one product (the product list Get-YsProduct reads), for Tab completion of -SerialNumber.</summary>
        internal CachedLookup<IReadOnlyList<InstanceProduct>> Products(int productId) =>
            _products.GetOrAdd(productId, id => new CachedLookup<IReadOnlyList<InstanceProduct>>(async ct =>
            {
                var products = new List<InstanceProduct>();
                await AsyncSequence.ForEachAsync(Client.GetProductsAsync(id, cancellationToken: ct), product =>
                {
                    products.Add(product);
                    return products.Count < CompletionProductLimit;
                }, ct).ConfigureAwait(false);
                return (IReadOnlyList<InstanceProduct>)products;
            }, CompletionCacheLifetime));

        private readonly ConcurrentDictionary<int, CachedLookup<Offering>> _offerings = new ConcurrentDictionary<int, CachedLookup<Offering>>();

        /// <summary>
        /// A product's plans and services (P2) for -Plan by name and its Tab completion, read once per product.
        /// Products 9 and 11 need a serial number to ask P2; the first one given is used, since a product's
        /// plans do not depend on the device.
        /// </summary>
        internal CachedLookup<Offering>? Offerings(int productId, string? serialNumber)
        {
            if (ProductIds.NeedsSerialNumberForOffering(productId) && string.IsNullOrWhiteSpace(serialNumber) && !_offerings.ContainsKey(productId)) return null;
            return _offerings.GetOrAdd(productId, id => new CachedLookup<Offering>(ct => Client.GetOfferingAsync(id, serialNumber?.Trim(), ct), CompletionCacheLifetime));
        }

        internal void Disconnect()
        {
            IsDisconnected = true;
            Client.Dispose();
        }

        public override string ToString() => $"{ClientId} at {BaseUri}";
    }
}
