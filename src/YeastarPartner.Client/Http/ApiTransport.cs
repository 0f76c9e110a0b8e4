using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using RestSharp;
using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Diagnostics;
using YeastarPartner.Client.Errors;

namespace YeastarPartner.Client.Http
{
    /// <summary>
    /// Sends one <see cref="ApiRequest"/>: bearer token, timeout, retries by the request's
    /// <see cref="ResendRule"/>, envelope check, trace. The only class that touches RestSharp.
    /// </summary>
    internal sealed class ApiTransport : IDisposable
    {
        private readonly RestClient _rest;
        private readonly YeastarClientOptions _options;
        private readonly RetryPolicy _retry;

        public ApiTransport(YeastarClientOptions options, RetryPolicy? retry = null)
        {
            _options = options;
            _retry = retry ?? new RetryPolicy(options.MaxRetry, options.MaxRetryDelay);
            var handler = options.Handler ?? new HttpClientHandler
            {
                // A null Proxy with UseProxy means the system proxy; DefaultProxyCredentials apply only to it.
                Proxy = options.Proxy,
                UseProxy = true,
                DefaultProxyCredentials = options.Proxy == null ? options.ProxyCredentials ?? CredentialCache.DefaultCredentials : null,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };
            // The transport enforces its own per-attempt timeout so it can tell a timeout from a cancellation.
            var http = new HttpClient(handler, disposeHandler: options.Handler == null) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            // RestSharp otherwise cancels every request after its own default of 100 s, below a longer TimeoutSec.
            _rest = new RestClient(http, new RestClientOptions(options.BaseUri)
            {
                UserAgent = options.UserAgent,
                ThrowOnAnyError = false,
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            }, disposeHttpClient: true);
        }

        /// <summary>Set by <see cref="YeastarClient"/>: the token source for authenticated calls.</summary>
        public TokenCache? Tokens { get; set; }

        public async Task<ApiEnvelope> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var retries = 0;
            var reauthenticated = false;
            while (true)
            {
                TokenGrant? grant = null;
                if (request.Authenticated)
                    grant = await (Tokens ?? throw new InvalidOperationException("No token source.")).GetAsync(cancellationToken).ConfigureAwait(false);

                var attempt = await ExchangeAsync(request, grant, cancellationToken).ConfigureAwait(false);
                if (attempt.Envelope != null) return attempt.Envelope;
                var failure = attempt.Failure!;

                // The server refused the token, so it did not act on the request: renew once and resend.
                if (failure.HttpStatus == 401 && grant != null && !reauthenticated)
                {
                    reauthenticated = true;
                    Tokens!.Invalidate(grant);
                    ApiTrace.Verbose($"{request.Method} {request.Path}: token refused (401); renewing it and sending again.");
                    continue;
                }

                if (IsRetryable(request, failure) && retries < _retry.MaxRetry)
                {
                    var wait = _retry.Delay(retries, attempt.RetryAfter);
                    retries++;
                    ApiTrace.Warning($"{request.Method} {request.Path} failed ({Describe(failure)}); retry {retries} of {_retry.MaxRetry} in {wait.TotalSeconds:0.#} s.");
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                throw failure;
            }
        }

        /// <summary>429 means "not processed" for every call; other transient faults only for calls safe to repeat.</summary>
        private static bool IsRetryable(ApiRequest request, YeastarApiException failure)
        {
            if (failure.HttpStatus == 429) return true;
            if (request.Resend != ResendRule.SafeToRepeat) return false;
            return failure.HttpStatus == 502 || failure.HttpStatus == 503 || failure.HttpStatus == 504
                || failure.Kind == ApiErrorKind.Connection || failure.Kind == ApiErrorKind.Timeout;
        }

        private async Task<Attempt> ExchangeAsync(ApiRequest request, TokenGrant? grant, CancellationToken cancellationToken)
        {
            var rest = BuildRestRequest(request, grant);
            TraceRequest(request, grant);

            using (var timeout = new CancellationTokenSource(_options.Timeout))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                var stopwatch = Stopwatch.StartNew();
                RestResponse response;
                try
                {
                    response = await _rest.ExecuteAsync(rest, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return Attempt.Failed(TimedOut(request, stopwatch.Elapsed));
                }
                cancellationToken.ThrowIfCancellationRequested();
                var elapsed = stopwatch.ElapsedMilliseconds;

                if (response.ResponseStatus == ResponseStatus.TimedOut || (response.ErrorException is OperationCanceledException && timeout.IsCancellationRequested))
                {
                    ApiTrace.Verbose($"{request} -> timed out after {elapsed} ms");
                    return Attempt.Failed(TimedOut(request, stopwatch.Elapsed));
                }
                if (response.StatusCode == 0)
                {
                    ApiTrace.Verbose($"{request} -> no response ({response.ErrorException?.GetType().Name}) after {elapsed} ms");
                    return Attempt.Failed(ConnectionFailed(request, response.ErrorException));
                }

                var httpStatus = (int)response.StatusCode;
                var envelope = ApiEnvelope.TryParse(response.Content);
                var status = EffectiveStatus(httpStatus, envelope);
                var inEnvelope = status == httpStatus ? "" : $" (status {status} in the envelope)";
                ApiTrace.Verbose($"{request} -> {httpStatus}{inEnvelope} in {elapsed} ms, requestId {envelope?.RequestId ?? "-"}");
                ApiTrace.Debug($"Response body of {request.Method} {request.Path}: {Redactor.Json(response.Content)}");

                if (httpStatus >= 200 && httpStatus < 300 && envelope != null && envelope.IsSuccess)
                    return Attempt.Succeeded(envelope);

                var retryAfter = RetryPolicy.ParseRetryAfter(
                    response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value?.ToString(),
                    DateTimeOffset.UtcNow);
                return Attempt.Failed(Refused(request, status, httpStatus, envelope), retryAfter);
            }
        }

        private RestRequest BuildRestRequest(ApiRequest request, TokenGrant? grant)
        {
            var rest = new RestRequest(request.Path, request.Method == "POST" ? Method.Post : Method.Get);
            foreach (var q in request.Query) rest.AddQueryParameter(q.Key, q.Value);
            if (grant != null) rest.AddHeader("Authorization", grant.AuthorizationHeader);
            if (request.Form.Count > 0)
            {
                rest.AlwaysMultipartFormData = false;
                foreach (var field in request.Form) rest.AddParameter(field.Key, field.Value, ParameterType.GetOrPost);
            }
            else if (request.JsonBody != null)
            {
                rest.AddStringBody(request.JsonBody as string ?? JsonParsing.Serialize(request.JsonBody), ContentType.Json);
            }
            return rest;
        }

        private void TraceRequest(ApiRequest request, TokenGrant? grant)
        {
            var authorization = grant == null ? "" : $", Authorization: {grant.TokenHead.Trim()} {Redactor.Mask}";
            ApiTrace.Debug($"Request headers of {request.Method} {request.Path}: User-Agent: {_options.UserAgent}{authorization}");
            if (request.Form.Count > 0)
                ApiTrace.Debug($"Request body of {request.Method} {request.Path}: {Redactor.Form(request.Form)}");
            else if (request.JsonBody != null)
                ApiTrace.Debug($"Request body of {request.Method} {request.Path}: {Redactor.Json(request.JsonBody as string ?? JsonParsing.Serialize(request.JsonBody))}");
        }

        private YeastarApiException TimedOut(ApiRequest request, TimeSpan elapsed) =>
            new YeastarApiException(ApiErrorKind.Timeout, request.Method, request.Path,
                $"{request.Method} {request.Path} timed out: no reply within {_options.Timeout.TotalSeconds:0.#} s (the connection's TimeoutSec).",
                requestMayHaveBeenProcessed: true);

        private static YeastarApiException ConnectionFailed(ApiRequest request, Exception? error)
        {
            // A refused connection never reached the server; anything else may have delivered the request.
            var refused = FindSocketError(error) == SocketError.ConnectionRefused;
            var reason = error?.GetBaseException().Message ?? "no response";
            return new YeastarApiException(ApiErrorKind.Connection, request.Method, request.Path,
                $"{request.Method} {request.Path} failed: the connection to the Partner Portal {(refused ? "was refused" : "failed or broke")} ({reason}).",
                requestMayHaveBeenProcessed: !refused, innerException: error);
        }

        private static SocketError? FindSocketError(Exception? error)
        {
            for (var e = error; e != null; e = e.InnerException)
                if (e is SocketException socket) return socket.SocketErrorCode;
            return null;
        }

        /// <summary>
        /// The status the reply means. The envelope's status repeats the HTTP status (API reference section
        /// 2); a server that answers HTTP 200 with a failed envelope whose status is 4xx or 5xx (an expired
        /// token as status 401, say) means that status. A success code is a success whatever its status says:
        /// reading an order's success as a refusal would send it again.
        /// </summary>
        private static int EffectiveStatus(int httpStatus, ApiEnvelope? envelope) =>
            httpStatus >= 200 && httpStatus < 300 && envelope != null && !envelope.IsSuccess && envelope.Status is int inside && inside >= 400 && inside < 600
                ? inside
                : httpStatus;

        private static YeastarApiException Refused(ApiRequest request, int status, int httpStatus, ApiEnvelope? envelope)
        {
            var kind = KindOf(status);
            if (envelope == null)
            {
                // A gateway or proxy may answer a token failure with a bare "Unauthorized": still a refusal.
                var refusedAuth = kind == ApiErrorKind.Authentication;
                return new YeastarApiException(refusedAuth ? kind : status >= 500 ? ApiErrorKind.Server : ApiErrorKind.InvalidResponse, request.Method, request.Path,
                    refusedAuth
                        ? $"{request.Method} {request.Path} was refused with HTTP {status} (a body without the Partner Portal's JSON envelope): the credentials or the token were not accepted."
                        : $"{request.Method} {request.Path} returned HTTP {status} with a body that is not the Partner Portal's JSON envelope.",
                    httpStatus: status, requestMayHaveBeenProcessed: status >= 500 || (status >= 200 && status < 300));
            }
            var detail = string.IsNullOrEmpty(envelope.DetailMessage) ? "" : ": " + envelope.DetailMessage;
            // The result of a refusal names the offending field; masked all the same, as it lands in $Error.
            var field = envelope.Result is JValue v && v.Type == JTokenType.String ? $" ({v})" : envelope.Result is JContainer c && c.HasValues ? $" ({Redactor.Json(c.ToString(Newtonsoft.Json.Formatting.None))})" : "";
            return new YeastarApiException(kind, request.Method, request.Path,
                $"{request.Method} {request.Path} was refused with {(status == httpStatus ? $"HTTP {status}" : $"status {status} (in an HTTP {httpStatus} reply)")}, code '{envelope.Code}'{detail}{field} (requestId {envelope.RequestId ?? "-"}).",
                httpStatus: status, apiCode: envelope.Code, detailMessage: envelope.DetailMessage, requestId: envelope.RequestId,
                requestMayHaveBeenProcessed: status >= 500);
        }

        private static ApiErrorKind KindOf(int status)
        {
            switch (status)
            {
                case 401:
                case 403: return ApiErrorKind.Authentication;
                case 400: return ApiErrorKind.Validation;
                case 404: return ApiErrorKind.NotFound;
                case 429: return ApiErrorKind.RateLimited;
                default: return status >= 500 ? ApiErrorKind.Server : ApiErrorKind.Other;
            }
        }

        private static string Describe(YeastarApiException failure) =>
            failure.HttpStatus.HasValue ? $"HTTP {failure.HttpStatus}" : failure.Kind.ToString().ToLowerInvariant();

        public void Dispose() => _rest.Dispose();

        private sealed class Attempt
        {
            public ApiEnvelope? Envelope { get; private set; }
            public YeastarApiException? Failure { get; private set; }
            public TimeSpan? RetryAfter { get; private set; }
            public static Attempt Succeeded(ApiEnvelope envelope) => new Attempt { Envelope = envelope };
            public static Attempt Failed(YeastarApiException failure, TimeSpan? retryAfter = null) => new Attempt { Failure = failure, RetryAfter = retryAfter };
        }
    }
}
