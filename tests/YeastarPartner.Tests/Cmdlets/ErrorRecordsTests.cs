using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Errors;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Scripts match on ErrorIds and categories, so each kind of API failure keeps a stable pair.</summary>
public sealed class ErrorRecordsTests
{
    [Theory]
    [InlineData(ApiErrorKind.Authentication, "ApiAuthenticationFailed", ErrorCategory.AuthenticationError)]
    [InlineData(ApiErrorKind.Validation, "ApiRequestRejected", ErrorCategory.InvalidArgument)]
    [InlineData(ApiErrorKind.NotFound, "ApiObjectNotFound", ErrorCategory.ObjectNotFound)]
    [InlineData(ApiErrorKind.RateLimited, "ApiRateLimited", ErrorCategory.LimitsExceeded)]
    [InlineData(ApiErrorKind.Connection, "ApiConnectionFailed", ErrorCategory.ConnectionError)]
    [InlineData(ApiErrorKind.Timeout, "ApiTimeout", ErrorCategory.OperationTimeout)]
    [InlineData(ApiErrorKind.InvalidResponse, "ApiInvalidResponse", ErrorCategory.InvalidResult)]
    [InlineData(ApiErrorKind.Server, "ApiServerError", ErrorCategory.ResourceUnavailable)]
    [InlineData(ApiErrorKind.Other, "ApiRequestFailed", ErrorCategory.InvalidOperation)]
    public void Each_kind_of_failure_has_a_stable_error_id_and_category(ApiErrorKind kind, string errorId, ErrorCategory category)
    {
        var error = new YeastarApiException(kind, "GET", "/x", "GET /x failed.", requestId: "r1");
        var input = new object();

        var record = ErrorRecords.FromApi(error, input);

        Assert.Equal(errorId, record.FullyQualifiedErrorId);
        Assert.Equal(category, record.CategoryInfo.Category);
        Assert.Same(input, record.TargetObject);
        Assert.Same(error, record.Exception);
        Assert.False(string.IsNullOrEmpty(record.ErrorDetails.RecommendedAction));
    }

    [Fact]
    public void The_message_names_the_request_id_support_asks_for_once_whether_or_not_the_client_put_it_there()
    {
        var bare = new YeastarApiException(ApiErrorKind.InvalidResponse, "GET", "/x", "GET /x succeeded but its result could not be read.", requestId: "4f2a9c");
        var named = new YeastarApiException(ApiErrorKind.Server, "GET", "/x", "GET /x was refused with HTTP 500 (requestId 4f2a9c).", requestId: "4f2a9c");

        Assert.EndsWith("(requestId 4f2a9c)", ErrorRecords.FromApi(bare, null).ErrorDetails.Message);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ErrorRecords.FromApi(named, null).ErrorDetails.Message, "4f2a9c"));
    }
}
