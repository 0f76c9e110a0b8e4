using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Http;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Client
{
    /// <summary>
    /// The Partner Portal API, one method per endpoint. Thread-safe: one instance serves every runspace
    /// and every concurrent order of a connection, sharing its connections and its token.
    /// </summary>
    public sealed partial class YeastarClient : IDisposable
    {
        private readonly ApiTransport _transport;
        private readonly TokenCache _tokens;
        private readonly ClientCredentials _credentials;

        public YeastarClient(YeastarClientOptions options, ClientCredentials credentials)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            Options = options;
            _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            _transport = new ApiTransport(options);
            var endpoint = new TokenEndpoint(_transport, credentials);
            _tokens = new TokenCache(endpoint.AcquireAsync, endpoint.RefreshAsync);
            _transport.Tokens = _tokens;
        }

        public YeastarClientOptions Options { get; }
        public string ClientId => _credentials.ClientId;

        /// <summary>When the current access token expires; null before the first token.</summary>
        public DateTimeOffset? TokenExpiresAt => _tokens.ExpiresAt;

        /// <summary>Acquires a token now, so wrong credentials fail at connect time and not mid-batch.</summary>
        public Task AuthenticateAsync(CancellationToken cancellationToken = default) => _tokens.GetAsync(cancellationToken);

        /// <summary>U1 Query Billing Contact List.</summary>
        public async Task<IReadOnlyList<BillingContact>> GetBillingContactsAsync(CancellationToken cancellationToken = default)
        {
            var envelope = await _transport.SendAsync(ApiRequest.Get("/user/openapi/user/v1/client/billing_contact_list"), cancellationToken).ConfigureAwait(false);
            return ResultAs<List<BillingContact>>(envelope, "GET", "/user/openapi/user/v1/client/billing_contact_list");
        }

        /// <summary>O1 Create an Order. Never resent unless the server certainly rejected it (see <see cref="ResendRule.OnlyIfRejected"/>).</summary>
        public async Task<CreatedOrder> CreateOrderAsync(OrderRequest order, CancellationToken cancellationToken = default)
        {
            const string path = "/order/openapi/order/v1/save";
            var envelope = await _transport.SendAsync(ApiRequest.Post(path, order), cancellationToken).ConfigureAwait(false);
            var created = ResultAs<CreatedOrder>(envelope, "POST", path, requestMayHaveBeenProcessed: true);
            created.RequestId = envelope.RequestId;
            return created;
        }

        internal const string OrderListPath = "/order/openapi/order/v1/page";

        /// <summary>O2 Query Order List, one page.</summary>
        public async Task<Page<OrderSummary>> GetOrderPageAsync(int pageNo, int pageSize, CancellationToken cancellationToken = default)
        {
            const string path = OrderListPath;
            var request = ApiRequest.Get(path).WithQuery("pageNo", pageNo).WithQuery("pageSize", pageSize).WithQuery("sort", "-id");
            var envelope = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return ResultAs<Page<OrderSummary>>(envelope, "GET", path);
        }

        /// <summary>O3 Get Order Details by order number or order ID.</summary>
        public async Task<OrderDetail> GetOrderAsync(string orderNoOrId, CancellationToken cancellationToken = default)
        {
            var path = "/order/openapi/order/v1/get/" + Uri.EscapeDataString(orderNoOrId);
            var envelope = await _transport.SendAsync(ApiRequest.Get(path), cancellationToken).ConfigureAwait(false);
            return ResultAs<OrderDetail>(envelope, "GET", path);
        }

        /// <summary>
        /// O2 (+ O3) search: calls <paramref name="onOrder"/> for each matching order, in the order the server
        /// lists them (asked newest first), page by page, until it returns false. Finding the orders of a device
        /// costs one O3 call per candidate order.
        /// </summary>
        public Task FindOrdersAsync(OrderSearch search, Func<FoundOrder, bool> onOrder, CancellationToken cancellationToken = default)
        {
            if (search == null) throw new ArgumentNullException(nameof(search));
            if (onOrder == null) throw new ArgumentNullException(nameof(onOrder));
            return new OrderFinder(this).FindAsync(search, onOrder, cancellationToken);
        }

        /// <summary>
        /// Every order created at or after <paramref name="since"/>, with its device and kind where the server
        /// says them: one walk of O2 whatever order the server lists in, plus O3 per order (concurrently, each
        /// order once) where O2 does not carry them. Throws if any call fails: a partial history could hide an order.
        /// </summary>
        public Task<IReadOnlyList<FoundOrder>> GetOrdersSinceAsync(DateTimeOffset since, OrderHistoryOptions? options = null, CancellationToken cancellationToken = default) =>
            new OrderHistory(this).LoadAsync(since, options ?? new OrderHistoryOptions(), cancellationToken);

        /// <summary>Any endpoint, with the same authentication, retry rules and error mapping. Returns the envelope's result.</summary>
        public async Task<JToken?> InvokeAsync(ApiRequest request, CancellationToken cancellationToken = default)
        {
            var envelope = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return envelope.Result;
        }

        /// <summary><see cref="InvokeAsync"/> with the result as plain .NET values (see <see cref="JsonValues"/>).</summary>
        public async Task<object?> InvokeForValuesAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
            JsonValues.FromJson(await InvokeAsync(request, cancellationToken).ConfigureAwait(false));

        private static T ResultAs<T>(ApiEnvelope envelope, string method, string path, bool requestMayHaveBeenProcessed = false)
        {
            try
            {
                return JsonParsing.ToObject<T>(envelope.Result);
            }
            catch (Exception e) when (e is FormatException || e is Newtonsoft.Json.JsonException || e is ArgumentException || e is InvalidCastException || e is OverflowException)
            {
                throw new YeastarApiException(ApiErrorKind.InvalidResponse, method, path,
                    $"{method} {path} succeeded but its result could not be read ({e.Message}) (requestId {envelope.RequestId ?? "-"}).",
                    requestId: envelope.RequestId, requestMayHaveBeenProcessed: requestMayHaveBeenProcessed, innerException: e);
            }
        }

        public void Dispose()
        {
            _tokens.Clear();
            _transport.Dispose();
            _credentials.Dispose();
        }

        public override string ToString() => $"YeastarClient {Options.BaseUri} ({ClientId})";
    }
}
