using System;

namespace YeastarPartner.Client.Errors
{
    /// <summary>
    /// The one exception the client throws for a failed call. Its message names the call and what the
    /// server said; it never carries a secret, a token or a request body.
    /// </summary>
    public sealed class YeastarApiException : Exception
    {
        public YeastarApiException(
            ApiErrorKind kind,
            string method,
            string path,
            string message,
            int? httpStatus = null,
            string? apiCode = null,
            string? detailMessage = null,
            string? requestId = null,
            bool requestMayHaveBeenProcessed = false,
            Exception? innerException = null)
            : base(message, innerException)
        {
            Kind = kind;
            Method = method;
            Path = path;
            HttpStatus = httpStatus;
            ApiCode = apiCode;
            DetailMessage = detailMessage;
            RequestId = requestId;
            RequestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
        }

        public ApiErrorKind Kind { get; }
        public string Method { get; }
        /// <summary>The path without the query string.</summary>
        public string Path { get; }
        public int? HttpStatus { get; }
        /// <summary>The envelope's <c>code</c>, e.g. parameter_validation_failed.</summary>
        public string? ApiCode { get; }
        public string? DetailMessage { get; }
        public string? RequestId { get; }

        /// <summary>
        /// True when the request left this machine and no reply proves the server did not act on it
        /// (timeout, broken connection, 5xx, unreadable reply). For an order this means: outcome unknown.
        /// </summary>
        public bool RequestMayHaveBeenProcessed { get; }
    }
}
