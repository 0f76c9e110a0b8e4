using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using YeastarPartner.Client.Errors;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// The first real failure among concurrent calls that cancel each other when one fails. The calls cancelled
    /// because of it end with "The operation was canceled"; the caller reports this failure instead.
    /// </summary>
    internal sealed class FirstFailure
    {
        private Exception? _first;

        /// <summary>The first failure kept; null while none (a cancellation is never kept).</summary>
        public Exception? Exception => Volatile.Read(ref _first);

        /// <summary>Keeps <paramref name="failure"/> unless an earlier one was kept or it is a cancellation.</summary>
        public void Record(Exception failure)
        {
            if (failure is OperationCanceledException) return;
            Interlocked.CompareExchange(ref _first, failure, null);
        }

        /// <summary>Throws the failure kept, with its own stack trace; returns when none was kept.</summary>
        public void ThrowIfAny()
        {
            var first = Exception;
            if (first != null) ExceptionDispatchInfo.Capture(first).Throw();
        }

        /// <summary>
        /// An O3 failure that names the order looked up: the same kind, status, API code and request ID, so the
        /// message says which order's look-up failed and why, not only the path.
        /// </summary>
        public static Exception LookUpFailed(string orderNo, Exception failure) =>
            failure is YeastarApiException api
                ? new YeastarApiException(api.Kind, api.Method, api.Path, $"The look-up of order {orderNo} (O3) failed: {api.Message}",
                    api.HttpStatus, api.ApiCode, api.DetailMessage, api.RequestId, api.RequestMayHaveBeenProcessed, api)
                : failure;
    }
}
