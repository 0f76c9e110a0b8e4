using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Diagnostics;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Client.Blob
{
    /// <summary>
    /// The few Blob Storage REST calls an append-only journal needs, on plain HttpClient: no Azure SDK, whose
    /// Azure.Core would clash with the one Az.Accounts loads into the same runspace (docs/compatibility.md).
    /// Timeouts, connection failures and 500/502/503/504 are retried with the module's <see cref="RetryPolicy"/>;
    /// every other answer is returned for the caller to judge. Authorised by the SAS in the URL or a bearer token.
    /// </summary>
    internal sealed class BlobRestClient : IDisposable
    {
        /// <summary>2020-04-08 or later is needed for bearer tokens with append blobs; Azurite 3.35 serves it.</summary>
        public const string ApiVersion = "2021-12-02";

        private readonly HttpClient _http;
        private readonly SecureString? _token;
        private readonly TimeSpan _timeout;
        private readonly RetryPolicy _retry;

        public BlobRestClient(BlobUrl url, SecureString? token, TimeSpan timeout, RetryPolicy retry, HttpMessageHandler? handler = null)
        {
            Url = url;
            _token = token?.Copy();
            _token?.MakeReadOnly();
            _timeout = timeout;
            _retry = retry;
            _http = new HttpClient(handler ?? new HttpClientHandler(), disposeHandler: handler == null) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        }

        public BlobUrl Url { get; }

        /// <summary>Creates an empty Append Blob unless one exists (If-None-Match: *). True when this call created it.</summary>
        public async Task<bool> CreateAppendBlobAsync(CancellationToken cancellationToken)
        {
            var response = await SendAsync("create", HttpMethod.Put, "", cancellationToken, r =>
            {
                r.Headers.Add("x-ms-blob-type", "AppendBlob");
                r.Headers.TryAddWithoutValidation("If-None-Match", "*");
                r.Content = new ByteArrayContent(new byte[0]);
            }).ConfigureAwait(false);
            if (response.IsSuccess) return true;
            // It exists (409 BlobAlreadyExists; a leased blob may answer 412 to the condition first).
            if (response.Status == 409 && response.ErrorCode == "BlobAlreadyExists") return false;
            if (response.Status == 412 && (response.ErrorCode == "ConditionNotMet" || response.ErrorCode == "LeaseIdMissing")) return false;
            throw BlobFailures.Refused(Url, "create the journal blob", response);
        }

        /// <summary>The blob's length and type, or null when it does not exist.</summary>
        public async Task<BlobProperties?> GetPropertiesAsync(CancellationToken cancellationToken)
        {
            var response = await SendAsync("read properties", HttpMethod.Head, "", cancellationToken).ConfigureAwait(false);
            // A HEAD answer has no body; its x-ms-error-code tells a missing blob from a missing container.
            if (response.Status == 404 && (response.ErrorCode == null || response.ErrorCode == "BlobNotFound")) return null;
            if (!response.IsSuccess) throw BlobFailures.Refused(Url, "read the journal blob's properties", response);
            return new BlobProperties(response.LongHeader("Content-Length") ?? 0, response.Header("x-ms-blob-type") ?? "", response.Header("Last-Modified"));
        }

        /// <summary>Every byte of the blob, or null when it does not exist. A missing container is an error, not an empty journal.</summary>
        public async Task<byte[]?> GetAsync(CancellationToken cancellationToken)
        {
            var response = await SendAsync("read", HttpMethod.Get, "", cancellationToken).ConfigureAwait(false);
            if (response.Status == 404 && response.ErrorCode == "BlobNotFound") return null;
            if (!response.IsSuccess) throw BlobFailures.Refused(Url, "read the journal blob", response);
            return response.Body;
        }

        /// <summary>
        /// Appends one block at <paramref name="position"/> under the lease. Returns the answer as it is: 201 stored;
        /// 412 AppendPositionConditionNotMet when the blob is not that long (the caller checks whether an earlier
        /// attempt landed); anything else refused.
        /// </summary>
        public Task<BlobResponse> AppendBlockAsync(byte[] bytes, string leaseId, long position, CancellationToken cancellationToken) =>
            SendAsync("append", HttpMethod.Put, "comp=appendblock", cancellationToken, r =>
            {
                r.Headers.Add("x-ms-lease-id", leaseId);
                r.Headers.Add("x-ms-blob-condition-appendpos", position.ToString(CultureInfo.InvariantCulture));
                r.Content = new ByteArrayContent(bytes);
            });

        /// <summary>Acquires the lease with our own ID (so a retried acquire that had landed succeeds again). False while another holds it.</summary>
        public async Task<bool> AcquireLeaseAsync(string leaseId, TimeSpan duration, CancellationToken cancellationToken)
        {
            var response = await SendAsync("acquire lease", HttpMethod.Put, "comp=lease", cancellationToken, r =>
            {
                r.Headers.Add("x-ms-lease-action", "acquire");
                r.Headers.Add("x-ms-lease-duration", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture));
                r.Headers.Add("x-ms-proposed-lease-id", leaseId);
            }).ConfigureAwait(false);
            if (response.IsSuccess) return true;
            if (response.Status == 409 && response.ErrorCode == "LeaseAlreadyPresent") return false;
            throw BlobFailures.Refused(Url, "lease the journal blob", response);
        }

        public async Task RenewLeaseAsync(string leaseId, CancellationToken cancellationToken)
        {
            var response = await LeaseActionAsync("renew", leaseId, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess) throw BlobFailures.Refused(Url, "renew the lease on the journal blob", response);
        }

        public async Task ReleaseLeaseAsync(string leaseId, CancellationToken cancellationToken)
        {
            var response = await LeaseActionAsync("release", leaseId, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess) throw BlobFailures.Refused(Url, "release the lease on the journal blob", response);
        }

        /// <summary>Ends whoever's lease at once (break period 0): for tests and for an operator who knows its holder is gone.</summary>
        public async Task BreakLeaseAsync(CancellationToken cancellationToken)
        {
            var response = await SendAsync("break lease", HttpMethod.Put, "comp=lease", cancellationToken, r =>
            {
                r.Headers.Add("x-ms-lease-action", "break");
                r.Headers.Add("x-ms-lease-break-period", "0");
            }).ConfigureAwait(false);
            if (!response.IsSuccess) throw BlobFailures.Refused(Url, "break the lease on the journal blob", response);
        }

        /// <summary>Creates the blob's container (tests and the sandbox rehearsal); true when created, false when it existed.</summary>
        public async Task<bool> CreateContainerAsync(CancellationToken cancellationToken)
        {
            var response = await SendAsync("create container", HttpMethod.Put, "restype=container", cancellationToken, container: true).ConfigureAwait(false);
            if (response.IsSuccess) return true;
            if (response.Status == 409 && response.ErrorCode == "ContainerAlreadyExists") return false;
            throw BlobFailures.Refused(Url, "create the container", response);
        }

        private Task<BlobResponse> LeaseActionAsync(string action, string leaseId, CancellationToken cancellationToken) =>
            SendAsync(action + " lease", HttpMethod.Put, "comp=lease", cancellationToken, r =>
            {
                r.Headers.Add("x-ms-lease-action", action);
                r.Headers.Add("x-ms-lease-id", leaseId);
            });

        private async Task<BlobResponse> SendAsync(string operation, HttpMethod method, string query, CancellationToken cancellationToken,
            Action<HttpRequestMessage>? prepare = null, bool container = false)
        {
            var uri = container ? Url.ContainerRequestUri(query) : Url.RequestUri(query);
            var shown = $"{method} {(container ? BlobUrl.Redact(uri.AbsoluteUri) : Url.Display)}{(query.Length > 0 ? " (" + query + ")" : "")}";
            for (var attempt = 1; ; attempt++)
            {
                BlobStorageException failure;
                var stopwatch = Stopwatch.StartNew();
                using (var request = new HttpRequestMessage(method, uri))
                using (var timeout = new CancellationTokenSource(_timeout))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
                {
                    request.Headers.Add("x-ms-version", ApiVersion);
                    request.Headers.Add("x-ms-date", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));
                    if (_token != null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Plain(_token));
                    prepare?.Invoke(request);
                    // A PUT always carries a body (empty for the lease calls), so that it says Content-Length: 0 whatever
                    // the runtime's handler does for a PUT without content; Azure Storage answers 411 without it.
                    if (request.Content == null && method == HttpMethod.Put) request.Content = new ByteArrayContent(new byte[0]);
                    try
                    {
                        using (var message = await _http.SendAsync(request, linked.Token).ConfigureAwait(false))
                        {
                            var body = message.Content == null ? new byte[0] : await message.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                            var response = BlobResponse.From(message, body, attempt);
                            ApiTrace.Verbose($"{shown} -> {response.Status}{(response.ErrorCode == null ? "" : " " + response.ErrorCode)} in {stopwatch.ElapsedMilliseconds} ms");
                            if (!IsTransient(response.Status)) return response;
                            failure = BlobFailures.Refused(Url, operation, response);
                        }
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        ApiTrace.Verbose($"{shown} -> timed out after {stopwatch.ElapsedMilliseconds} ms");
                        failure = BlobFailures.TimedOut(Url, operation, _timeout);
                    }
                    catch (HttpRequestException e)
                    {
                        ApiTrace.Verbose($"{shown} -> no answer ({e.GetBaseException().GetType().Name}) after {stopwatch.ElapsedMilliseconds} ms");
                        failure = BlobFailures.Unreachable(Url, operation, e);
                    }
                }
                if (attempt > _retry.MaxRetry) throw failure;
                var wait = _retry.Delay(attempt - 1, null);
                ApiTrace.Warning($"Journal storage: {operation} failed ({failure.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "no answer"}); retry {attempt} of {_retry.MaxRetry} in {wait.TotalSeconds:0.#} s.");
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        private static bool IsTransient(int status) => status == 500 || status == 502 || status == 503 || status == 504 || status == 408;

        private static string Plain(SecureString secure)
        {
            var pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
            try { return Marshal.PtrToStringUni(pointer) ?? ""; }
            finally { Marshal.ZeroFreeGlobalAllocUnicode(pointer); }
        }

        public void Dispose()
        {
            _http.Dispose();
            _token?.Dispose();
        }
    }

    /// <summary>What a blob's properties say that the journal needs.</summary>
    internal sealed class BlobProperties
    {
        public BlobProperties(long length, string blobType, string? lastModified)
        {
            Length = length;
            BlobType = blobType;
            LastModified = lastModified;
        }

        public long Length { get; }
        public string BlobType { get; }
        public string? LastModified { get; }
        public bool IsAppendBlob => string.Equals(BlobType, "AppendBlob", StringComparison.OrdinalIgnoreCase);
    }
}
