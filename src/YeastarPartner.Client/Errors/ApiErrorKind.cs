namespace YeastarPartner.Client.Errors
{
    /// <summary>What went wrong, in the terms a caller acts on. The cmdlets map each to an ErrorCategory.</summary>
    public enum ApiErrorKind
    {
        /// <summary>Wrong client ID or secret, or a token the server refused after one renewal.</summary>
        Authentication,
        /// <summary>The server refused the request's content (HTTP 400, parameter_validation_failed).</summary>
        Validation,
        /// <summary>The server has no such object (HTTP 404).</summary>
        NotFound,
        /// <summary>Too many requests (HTTP 429), still refused after the retries.</summary>
        RateLimited,
        /// <summary>The server failed (HTTP 5xx).</summary>
        Server,
        /// <summary>No reply within the timeout.</summary>
        Timeout,
        /// <summary>The connection could not be made or broke.</summary>
        Connection,
        /// <summary>A reply that is not the documented JSON envelope.</summary>
        InvalidResponse,
        /// <summary>Any other refusal by the API.</summary>
        Other,
    }
}
