using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Connections;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// Whether a row's billing contact is one of the account's, before any order and under -WhatIf: an unknown
    /// ID is the row's error instead of an order the Partner Portal refuses. The contacts are read once per
    /// connection (the cache Tab completion uses) and read again once when a row names an ID not among them,
    /// since a contact added in the portal a minute ago is not in a list read before.
    /// </summary>
    internal sealed class BillingContactCheck
    {
        private readonly CachedLookup<IReadOnlyList<BillingContact>> _contacts;
        private readonly Func<Func<Task<IReadOnlyList<BillingContact>>>, IReadOnlyList<BillingContact>> _wait;
        private readonly Action<string> _verbose;
        private readonly HashSet<long> _refreshedFor = new HashSet<long>();
        private bool _unavailable;

        /// <param name="wait">Runs a load on the command's pipeline thread (the cmdlet's RunAsync).</param>
        public BillingContactCheck(CachedLookup<IReadOnlyList<BillingContact>> contacts,
            Func<Func<Task<IReadOnlyList<BillingContact>>>, IReadOnlyList<BillingContact>> wait, Action<string> verbose)
        {
            _contacts = contacts;
            _wait = wait;
            _verbose = verbose;
        }

        /// <summary>
        /// The row's problem when <paramref name="billingId"/> is not a billing contact of the account; null when
        /// it is, when the row has none (a trial), or when the contacts cannot be read (the Partner Portal then
        /// decides, as before: an unknown contact is refused, never billed).
        /// </summary>
        public RowProblem? Check(long? billingId)
        {
            if (billingId == null || _unavailable) return null;
            var contacts = Read(refresh: false);
            if (contacts == null || Contains(contacts, billingId.Value)) return null;
            if (_refreshedFor.Add(billingId.Value))
            {
                contacts = Read(refresh: true);
                if (contacts == null || Contains(contacts, billingId.Value)) return null;
            }
            var id = billingId.Value.ToString(CultureInfo.InvariantCulture);
            return new RowProblem("BillingContactUnknown", "BillingContactId", id,
                $"billing contact {id} is not one of this account's {contacts.Count} billing contact(s); nothing was sent for this row.",
                "Use an ID that Get-YsBillingContact lists (or press Tab after -BillingContactId), in -BillingContactId or the BillingContactId column.");
        }

        private IReadOnlyList<BillingContact>? Read(bool refresh)
        {
            try
            {
                return _wait(refresh ? _contacts.RefreshAsync : _contacts.GetAsync);
            }
            catch (YeastarApiException e)
            {
                _unavailable = true;
                _verbose($"The billing contacts could not be read from the Partner Portal ({e.Message}); each order's billing contact is checked by the Partner Portal instead.");
                return null;
            }
        }

        private static bool Contains(IReadOnlyList<BillingContact> contacts, long id) => contacts.Any(c => c.BillingContactId == id);
    }
}
