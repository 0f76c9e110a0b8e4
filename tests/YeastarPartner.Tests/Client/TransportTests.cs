using System.Net.Http;
using System.Text.RegularExpressions;
using YeastarPartner.Client.Diagnostics;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>The client against a fake Partner Portal: re-authentication, retries, timeouts, errors, trace.</summary>
public sealed class TransportTests
{
    private const string ContactsPath = "/user/openapi/user/v1/client/billing_contact_list";
    private const string OrderPath = "/order/openapi/order/v1/save";
    private const string CreatedJson = "{\"orderNo\":\"PO-1\",\"orderStatus\":\"succeed\",\"productNo\":\"SN1\"}";

    private readonly FakePartnerPortal _portal = new();
    private readonly RecordingTrace _trace = new();

    private static OrderRequest Order() => new() { ProductNo = "SN1", ProductId = 1, BillingId = 3197218168379846218 };

    private static Task<HttpResponseMessage> Answer(HttpResponseMessage response) => Task.FromResult(response);

    [Fact]
    public async Task A_wrong_secret_fails_with_an_authentication_error_after_exactly_one_token_request()
    {
        using var client = _portal.CreateClient(maxRetry: 5, secret: "not-the-secret-0815");

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.AuthenticateAsync());

        Assert.Equal(ApiErrorKind.Authentication, error.Kind);
        Assert.Equal(401, error.HttpStatus);
        Assert.Single(_portal.Calls);
        Assert.DoesNotContain("not-the-secret-0815", error.Message);
    }

    [Fact]
    public async Task A_401_on_a_read_renews_the_token_once_and_resends_the_request()
    {
        _portal.Respond = (call, i) => Answer(i == 0 ? FakePartnerPortal.Envelope(401, "unauthorized", "expired") : FakePartnerPortal.Ok("[]"));
        using var client = _portal.CreateClient();

        await client.GetBillingContactsAsync();

        Assert.Equal(new[] { "Bearer access-1", "Bearer access-2" }, _portal.ApiCalls.Select(c => c.Authorization));
        Assert.Contains("grant_type=refresh_token", _portal.TokenCalls[1].Body);
    }

    [Fact]
    public async Task A_401_on_an_order_renews_the_token_and_resends_the_order_once()
    {
        _portal.Respond = (call, i) => Answer(i == 0 ? FakePartnerPortal.Envelope(401, "unauthorized", "expired") : FakePartnerPortal.Ok(CreatedJson));
        using var client = _portal.CreateClient();

        var created = await client.CreateOrderAsync(Order());

        Assert.Equal("PO-1", created.OrderNo);
        Assert.Equal(2, _portal.ApiCalls.Count);
    }

    [Fact]
    public async Task An_order_refused_twice_with_401_fails_as_authentication_after_two_sends()
    {
        _portal.Respond = (call, i) => Answer(FakePartnerPortal.Envelope(401, "unauthorized", "no"));
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.CreateOrderAsync(Order()));

        Assert.Equal(ApiErrorKind.Authentication, error.Kind);
        Assert.Equal(2, _portal.ApiCalls.Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(429)]
    public async Task A_transient_status_on_a_read_is_retried_at_most_MaxRetry_times_with_a_warning_each(int status)
    {
        _portal.Respond = (call, i) => Answer(FakePartnerPortal.Envelope(status, "busy", "try later"));
        using var client = _portal.CreateClient(maxRetry: 2);

        using (ApiTrace.Use(_trace))
        {
            var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.GetBillingContactsAsync());
            Assert.Equal(status, error.HttpStatus);
        }

        Assert.Equal(3, _portal.ApiCalls.Count);
        Assert.Equal(2, _trace.Warnings.Count);
        Assert.Matches($@"^GET {ContactsPath} failed \(HTTP {status}\); retry 1 of 2 in [\d.]+ s\.$", _trace.Warnings[0]);
    }

    [Fact]
    public async Task A_broken_connection_on_a_read_is_retried()
    {
        _portal.Respond = (call, i) => i == 0 ? throw new HttpRequestException("connection reset") : Answer(FakePartnerPortal.Ok("[]"));
        using var client = _portal.CreateClient();

        await client.GetBillingContactsAsync();

        Assert.Equal(2, _portal.ApiCalls.Count);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_waited_before_the_next_attempt()
    {
        _portal.Respond = (call, i) => Answer(i == 0
            ? FakePartnerPortal.WithRetryAfter(FakePartnerPortal.Envelope(429, "too_many_requests", "slow down"), "1")
            : FakePartnerPortal.Ok("[]"));
        using var client = _portal.CreateClient(maxRetryDelay: TimeSpan.FromSeconds(30));

        await client.GetBillingContactsAsync();

        var calls = _portal.ApiCalls;
        Assert.True(calls[1].Time - calls[0].Time >= TimeSpan.FromSeconds(0.95), $"waited only {calls[1].Time - calls[0].Time}");
    }

    [Fact]
    public async Task A_429_on_an_order_is_resent_because_the_server_did_not_process_it()
    {
        _portal.Respond = (call, i) => Answer(i == 0
            ? FakePartnerPortal.WithRetryAfter(FakePartnerPortal.Envelope(429, "too_many_requests", "slow down"), "0")
            : FakePartnerPortal.Ok(CreatedJson));
        using var client = _portal.CreateClient();

        using (ApiTrace.Use(_trace))
            Assert.Equal("PO-1", (await client.CreateOrderAsync(Order())).OrderNo);

        Assert.Equal(2, _portal.ApiCalls.Count);
        Assert.Single(_trace.Warnings);
    }

    public static IEnumerable<object[]> OrderFailuresWithUnknownOutcome() => new[]
    {
        new object[] { "HTTP 500", (Func<Task<HttpResponseMessage>>)(() => Answer(FakePartnerPortal.Envelope(500, "internal_error", "boom"))) },
        new object[] { "HTTP 503", (Func<Task<HttpResponseMessage>>)(() => Answer(FakePartnerPortal.Envelope(503, "unavailable", "busy"))) },
        new object[] { "broken connection", (Func<Task<HttpResponseMessage>>)(() => throw new HttpRequestException("connection reset")) },
        new object[] { "non-JSON reply", (Func<Task<HttpResponseMessage>>)(() => Answer(FakePartnerPortal.Json(502, "<html>Bad gateway</html>"))) },
    };

    [Theory]
    [MemberData(nameof(OrderFailuresWithUnknownOutcome))]
    public async Task An_order_that_may_have_been_processed_is_never_resent(string failure, Func<Task<HttpResponseMessage>> answer)
    {
        _portal.Respond = (call, i) => answer();
        using var client = _portal.CreateClient(maxRetry: 3);

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.CreateOrderAsync(Order()));

        Assert.True(_portal.ApiCalls.Count == 1, $"{failure}: the order was sent {_portal.ApiCalls.Count} times");
        Assert.True(error.RequestMayHaveBeenProcessed, failure);
    }

    [Fact]
    public async Task A_timeout_is_reported_as_a_timeout_naming_the_call_and_the_limit()
    {
        _portal.Respond = async (call, i) => { await Task.Delay(TimeSpan.FromSeconds(30)); return FakePartnerPortal.Ok("[]"); };
        using var client = _portal.CreateClient(maxRetry: 0, timeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.CreateOrderAsync(Order()));

        Assert.Equal(ApiErrorKind.Timeout, error.Kind);
        Assert.Contains($"POST {OrderPath} timed out", error.Message);
        Assert.Contains("0.3 s", error.Message);
        Assert.DoesNotContain("canceled", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.RequestMayHaveBeenProcessed);
    }

    [Fact]
    public async Task A_reply_that_is_not_json_is_an_invalid_response()
    {
        _portal.Respond = (call, i) => Answer(FakePartnerPortal.Json(200, "<html>captive portal</html>"));
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.GetBillingContactsAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task A_refusal_carries_status_code_detail_request_id_method_and_path()
    {
        _portal.Respond = (call, i) => Answer(FakePartnerPortal.Envelope(400, "parameter_validation_failed", "billingId is invalid", "{\"field\":\"billingId\"}", "abc123"));
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.CreateOrderAsync(Order()));

        Assert.Equal((ApiErrorKind.Validation, 400, "parameter_validation_failed", "billingId is invalid", "abc123", "POST", OrderPath),
            (error.Kind, error.HttpStatus, error.ApiCode, error.DetailMessage, error.RequestId, error.Method, error.Path));
        Assert.False(error.RequestMayHaveBeenProcessed);
    }

    [Fact]
    public async Task The_trace_has_one_verbose_line_per_call_and_never_a_secret_or_token()
    {
        _portal.Respond = (call, i) => Answer(i == 0 ? FakePartnerPortal.Envelope(401, "unauthorized", "expired") : FakePartnerPortal.Ok("[]"));
        using var client = _portal.CreateClient();

        using (ApiTrace.Use(_trace))
            await client.GetBillingContactsAsync();

        var exchanges = _trace.Verbose.Where(v => v.Contains(" -> ")).ToList();
        Assert.Equal(_portal.Calls.Count, exchanges.Count);
        Assert.All(exchanges, line => Assert.Matches(@"^(GET|POST) /\S+ -> \d{3} in \d+ ms, requestId \S+$", line));
        Assert.Contains(_trace.Debug, d => d.Contains("Authorization: Bearer ***"));
        Assert.Contains(_trace.Debug, d => d.Contains("client_secret=***"));
        var everything = string.Join("\n", _trace.All);
        foreach (var secret in new[] { FakePartnerPortal.Secret, "access-1", "access-2", "refresh-1", "refresh-2" })
            Assert.DoesNotContain(secret, everything);
    }

    [Fact]
    public async Task ExpiresIn_sent_as_a_string_sets_the_token_expiry()
    {
        using var client = _portal.CreateClient();
        var before = DateTimeOffset.UtcNow;

        await client.AuthenticateAsync();

        Assert.InRange(client.TokenExpiresAt!.Value, before.AddSeconds(1800 - 5), DateTimeOffset.UtcNow.AddSeconds(1800));
        Assert.DoesNotContain("access-1", client.ToString());
    }

    private sealed class RecordingTrace : IApiTrace
    {
        private readonly object _lock = new();
        public List<string> Verbose { get; } = new();
        public List<string> Debug { get; } = new();
        public List<string> Warnings { get; } = new();
        public IEnumerable<string> All => Verbose.Concat(Debug).Concat(Warnings);

        void IApiTrace.Verbose(string message) { lock (_lock) Verbose.Add(message); }
        void IApiTrace.Debug(string message) { lock (_lock) Debug.Add(message); }
        void IApiTrace.Warning(string message) { lock (_lock) Warnings.Add(message); }
    }
}
