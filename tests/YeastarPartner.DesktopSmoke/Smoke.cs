using System;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security;
using YeastarPartner.Client;
using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client.Paging;

namespace YeastarPartner.DesktopSmoke
{
    /// <summary>The client calls a runbook makes: a token, the billing contacts, one order, a paged list.</summary>
    internal static class Smoke
    {
        private const long EnterprisePlanId = 3048560232537899008;
        private const long BillingContactId = 3197218168379846218;

        // Not inlined into Main: the JIT must meet the client's types only after the module's resolver is installed.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Run(Uri baseUri)
        {
            var secret = new SecureString();
            foreach (var c in "sandbox-client-secret") secret.AppendChar(c);
            using var client = new YeastarClient(new YeastarClientOptions { BaseUri = baseUri }, new ClientCredentials("sandbox-client-id", secret));

            client.AuthenticateAsync().GetAwaiter().GetResult();
            Console.WriteLine($"token={client.TokenExpiresAt.HasValue}");

            foreach (var contact in client.GetBillingContactsAsync().GetAwaiter().GetResult())
                Console.WriteLine($"contact={contact.BillingContactId.ToString(CultureInfo.InvariantCulture)}");

            var spec = new OrderSpec { ProductNo = "3631E0997265", BillingId = BillingContactId };
            spec.Items.Add(new OrderItemSpec { ServiceId = EnterprisePlanId, BillingCycle = OrderWire.Monthly, MultiCycle = 0 });
            var build = OrderBuilder.Build(spec);
            if (!build.IsValid) throw new InvalidOperationException("The order breaks a rule: " + string.Join("; ", build.Problems.Select(p => p.ToString())));
            var order = client.CreateOrderAsync(build.Request!).GetAwaiter().GetResult();
            Console.WriteLine($"order={order.OrderNo}|{order.OrderStatus}");

            // Pages of 10 through IAsyncEnumerable (Microsoft.Bcl.AsyncInterfaces), counted against the total.
            var total = client.GetCountryPageAsync(1, 1).GetAwaiter().GetResult().Total;
            var count = 0;
            AsyncSequence.ForEachAsync(client.GetCountriesAsync(pageSize: 10), _ => { count++; return true; }).GetAwaiter().GetResult();
            Console.WriteLine($"countries={count}|{total}");
        }
    }
}
