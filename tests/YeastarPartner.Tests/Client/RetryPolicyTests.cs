using YeastarPartner.Client.Http;

namespace YeastarPartner.Tests.Client;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_in_seconds_is_read() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.ParseRetryAfter("7", Now));

    [Fact]
    public void Retry_after_as_an_http_date_is_read_as_the_time_until_then() =>
        Assert.Equal(TimeSpan.FromSeconds(90), RetryPolicy.ParseRetryAfter("Thu, 26 Nov 2026 12:01:30 GMT", Now));

    [Fact]
    public void Retry_after_in_the_past_means_no_wait() =>
        Assert.Equal(TimeSpan.Zero, RetryPolicy.ParseRetryAfter("Thu, 26 Nov 2026 11:00:00 GMT", Now));

    [Fact]
    public void Unreadable_retry_after_is_ignored() => Assert.Null(RetryPolicy.ParseRetryAfter("soon", Now));

    [Fact]
    public void A_long_retry_after_is_capped()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), policy.Delay(0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Backoff_grows_exponentially_with_jitter_and_stays_under_the_cap()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(10), new Random(1));
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var delay = policy.Delay(attempt, null);
            var ceiling = Math.Min(Math.Pow(2, attempt), 10);
            Assert.InRange(delay.TotalSeconds, ceiling / 2, ceiling);
        }
    }
}
