using System;
using System.Management.Automation;
using YeastarPartner.Client.Errors;

namespace YeastarPartner.Base
{
    /// <summary>
    /// Turns failures into ErrorRecords with stable ErrorIds (scripts match on them), a category that says
    /// what kind of failure it was, the input as TargetObject and a recommended action.
    /// </summary>
    internal static class ErrorRecords
    {
        /// <summary>
        /// An API failure. The message names the requestId whenever the server sent one (Yeastar support asks
        /// for it); the exception, with its RequestId, HttpStatus and ApiCode, is the record's Exception.
        /// </summary>
        public static ErrorRecord FromApi(YeastarApiException error, object? target, string? errorId = null)
        {
            var (id, category, action) = Classify(error);
            var record = new ErrorRecord(error, errorId ?? id, category, target);
            var message = error.RequestId == null || error.Message.Contains(error.RequestId)
                ? error.Message
                : $"{error.Message} (requestId {error.RequestId})";
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = action };
            return record;
        }

        public static ErrorRecord InvalidArgument(string errorId, string message, string recommendedAction, object? target) =>
            Create(errorId, ErrorCategory.InvalidArgument, message, recommendedAction, target);

        public static ErrorRecord Create(string errorId, ErrorCategory category, string message, string recommendedAction, object? target, Exception? exception = null)
        {
            var record = new ErrorRecord(exception ?? new InvalidOperationException(message), errorId, category, target);
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction };
            return record;
        }

        private static (string id, ErrorCategory category, string action) Classify(YeastarApiException error)
        {
            switch (error.Kind)
            {
                case ApiErrorKind.Authentication:
                    return ("ApiAuthenticationFailed", ErrorCategory.AuthenticationError,
                        "Check the client ID and secret in Partner Portal > System > API (a reset secret replaces the old one), the client IP restriction, then run Connect-YeastarPartner again.");
                case ApiErrorKind.Validation:
                    return ("ApiRequestRejected", ErrorCategory.InvalidArgument, "Correct the value the message names and send the request again.");
                case ApiErrorKind.NotFound:
                    return ("ApiObjectNotFound", ErrorCategory.ObjectNotFound, "Check the ID or number; list the objects with the matching Get- cmdlet.");
                case ApiErrorKind.RateLimited:
                    return ("ApiRateLimited", ErrorCategory.LimitsExceeded, "Wait and run again, or lower -ThrottleLimit.");
                case ApiErrorKind.Timeout:
                    return ("ApiTimeout", ErrorCategory.OperationTimeout, "Run again later, or connect with a larger -TimeoutSec.");
                case ApiErrorKind.Connection:
                    return ("ApiConnectionFailed", ErrorCategory.ConnectionError, "Check the network, the proxy (-Proxy) and -BaseUri, then run again.");
                case ApiErrorKind.Server:
                    return ("ApiServerError", ErrorCategory.ResourceUnavailable, "The Partner Portal failed; run again later and quote the requestId to Yeastar support if it persists.");
                case ApiErrorKind.InvalidResponse:
                    return ("ApiInvalidResponse", ErrorCategory.InvalidResult, "The reply was not the documented JSON; check -BaseUri and any proxy in between.");
                default:
                    return ("ApiRequestFailed", ErrorCategory.InvalidOperation, "Read the API's message; quote the requestId to Yeastar support if it is unclear.");
            }
        }
    }
}
