using System;
using System.IO;

namespace YeastarPartner.Client.Blob
{
    /// <summary>
    /// A Blob Storage request that failed: its message says what failed and how to fix it, and names the blob
    /// only by its URL without the query (never a SAS or a token).
    /// </summary>
    internal sealed class BlobStorageException : IOException
    {
        public BlobStorageException(string message, int? httpStatus = null, string? errorCode = null, Exception? innerException = null)
            : base(message, innerException)
        {
            HttpStatus = httpStatus;
            ErrorCode = errorCode;
        }

        /// <summary>The HTTP status of the refusal; null when no answer came (timeout, connection).</summary>
        public int? HttpStatus { get; }

        /// <summary>Blob Storage's x-ms-error-code, e.g. ContainerNotFound, AuthenticationFailed, LeaseIdMismatchWithLeaseOperation.</summary>
        public string? ErrorCode { get; }

        /// <summary>True when no answer came, or the answer was a server fault (500, 502, 503, 504): worth trying again later.</summary>
        public bool IsTransient => HttpStatus == null || HttpStatus >= 500;
    }
}
