using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace YeastarPartner.Client.Blob
{
    /// <summary>What Blob Storage answered to one request (after the transport's retries).</summary>
    internal sealed class BlobResponse
    {
        private readonly Dictionary<string, string> _headers;

        public BlobResponse(int status, Dictionary<string, string> headers, byte[] body, int attempts)
        {
            Status = status;
            _headers = headers;
            Body = body;
            Attempts = attempts;
        }

        public int Status { get; }
        public byte[] Body { get; }

        /// <summary>How many times the request was sent: above 1, an earlier attempt may have acted unseen.</summary>
        public int Attempts { get; }

        public bool IsSuccess => Status >= 200 && Status < 300;

        public string? ErrorCode => Header("x-ms-error-code");

        public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;

        public long? LongHeader(string name) => long.TryParse(Header(name), out var value) ? value : (long?)null;

        internal static BlobResponse From(HttpResponseMessage message, byte[] body, int attempts)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in message.Headers.Concat(message.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
                headers[h.Key] = string.Join(",", h.Value);
            return new BlobResponse((int)message.StatusCode, headers, body, attempts);
        }
    }
}
