using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>
/// A refused token is recognised whatever the reply looks like: 401 or 403 with or without the envelope,
/// or an envelope with status 401 inside HTTP 200. A 401 renews the token once and resends, orders too
/// (the server did not act on a refused request).
/// </summary>
public sealed class AuthenticationFailureTests
{
    private const string CreatedJson = "{\"orderNo\":\"PO-1\",\"orderStatus\":\"succeed\",\"productNo\":\"SN1\"}";
    private readonly FakePartnerPortal _portal = new();

    private static OrderRequest Order() => new() { ProductNo = "SN1", ProductId = 11, BillingId = 3197218168379846218 };

    public static TheoryData<string> RefusedTokens => new() { "plain 401", "envelope 401 in HTTP 200" };

    private static HttpResponseMessage Refusal(string shape) => shape == "plain 401"
        ? FakePartnerPortal.Plain(401, "Unauthorized")
        : FakePartnerPortal.Json(200, "{\"code\":\"unauthorized\",\"detailMessage\":\"token expired\",\"requestId\":\"req-9\",\"result\":null,\"status\":401}");

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_refused_token_on_a_read_is_renewed_once_and_the_read_resent(string shape)
    {
        _portal.Respond = (_, i) => Task.FromResult(i == 0 ? Refusal(shape) : FakePartnerPortal.Ok("[]"));
        using var client = _portal.CreateClient();

        await client.GetBillingContactsAsync();

        Assert.Equal(new[] { "Bearer access-1", "Bearer access-2" }, _portal.ApiCalls.Select(c => c.Authorization));
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_refused_token_on_an_order_is_renewed_and_the_order_sent_exactly_once_more(string shape)
    {
        _portal.Respond = (_, i) => Task.FromResult(i == 0 ? Refusal(shape) : FakePartnerPortal.Ok(CreatedJson));
        using var client = _portal.CreateClient();

        var created = await client.CreateOrderAsync(Order());

        Assert.Equal("PO-1", created.OrderNo);
        Assert.Equal(2, _portal.ApiCalls.Count);
        Assert.Equal(2, _portal.TokenCalls.Count);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_refused_again_after_renewal_is_an_authentication_error_after_two_sends(string shape)
    {
        _portal.Respond = (_, _) => Task.FromResult(Refusal(shape));
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.CreateOrderAsync(Order()));

        Assert.Equal((ApiErrorKind.Authentication, 401, false), (error.Kind, error.HttpStatus, error.RequestMayHaveBeenProcessed));
        Assert.Equal(2, _portal.ApiCalls.Count);
    }

    [Fact]
    public async Task A_plain_403_is_an_authentication_error_and_is_not_resent()
    {
        _portal.Respond = (_, _) => Task.FromResult(FakePartnerPortal.Plain(403, "Forbidden"));
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.GetRegionsAsync());

        Assert.Equal((ApiErrorKind.Authentication, 403), (error.Kind, error.HttpStatus));
        Assert.Single(_portal.ApiCalls);
    }

    [Fact]
    public async Task A_wrong_secret_answered_with_a_plain_401_fails_as_authentication_once()
    {
        _portal.RespondToToken = _ => FakePartnerPortal.Plain(401, "Unauthorized");
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.AuthenticateAsync());

        Assert.Equal(ApiErrorKind.Authentication, error.Kind);
        Assert.Single(_portal.TokenCalls);
    }

    [Fact]
    public async Task A_success_code_is_a_success_whatever_status_its_envelope_carries()
    {
        // Reading it as a refusal would send the order again: a second purchase.
        _portal.Respond = (_, _) => Task.FromResult(FakePartnerPortal.Json(200,
            $"{{\"code\":\"success\",\"detailMessage\":\"\",\"requestId\":\"r\",\"result\":{CreatedJson},\"status\":401}}"));
        using var client = _portal.CreateClient();

        Assert.Equal("PO-1", (await client.CreateOrderAsync(Order())).OrderNo);
        Assert.Single(_portal.ApiCalls);
    }
}
