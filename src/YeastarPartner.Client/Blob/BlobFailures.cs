using System;
using System.Text;

namespace YeastarPartner.Client.Blob
{
    /// <summary>
    /// Turns Blob Storage's refusals into sentences that say which problem it is and how to fix it. The
    /// response body is never quoted: an AuthenticationFailed detail can repeat the request's signature.
    /// </summary>
    internal static class BlobFailures
    {
        public static BlobStorageException Refused(BlobUrl url, string operation, BlobResponse response)
        {
            var code = response.ErrorCode ?? "";
            var what = $"Azure Storage refused to {operation} '{url.Display}' (HTTP {response.Status}{(code.Length > 0 ? " " + code : "")})";
            return new BlobStorageException($"{what}: {Explain(url, response.Status, code, Detail(response))}", response.Status, code);
        }

        public static BlobStorageException TimedOut(BlobUrl url, string operation, TimeSpan timeout) =>
            new BlobStorageException($"Azure Storage did not answer a request to {operation} '{url.Display}' within {timeout.TotalSeconds:0.#} s, nor its retries. " +
                "Check the network between this machine and the storage account (firewall, private endpoint, proxy), then run again.");

        public static BlobStorageException Unreachable(BlobUrl url, string operation, Exception error) =>
            new BlobStorageException($"The storage endpoint '{url.WithoutQuery.GetLeftPart(UriPartial.Authority)}' cannot be reached to {operation} '{url.Display}' " +
                $"({BlobUrl.Redact(error.GetBaseException().Message)}). Check the account name in the URL, DNS and the network (firewall, private endpoint, proxy), then run again.",
                innerException: null);

        private static string Explain(BlobUrl url, int status, string code, string detail)
        {
            if ((status == 401 || status == 403) && url.SasExpiry is DateTimeOffset expiry && expiry <= DateTimeOffset.UtcNow)
                return $"the SAS in the URL expired at {expiry.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. Create a new SAS whose expiry is after the run ends and pass it in the URL's query.";
            switch (code)
            {
                case "AuthenticationFailed":
                    return detail.IndexOf("time frame", StringComparison.OrdinalIgnoreCase) >= 0 || detail.IndexOf("expir", StringComparison.OrdinalIgnoreCase) >= 0
                        ? "the SAS has expired (or is not valid yet). Create a new SAS whose expiry is after the run ends and pass it in the URL's query."
                        : "the SAS in the URL was refused (its signature does not match: a changed account key, a copy cut short, or a SAS of another account). Create a new SAS for this container.";
                case "InvalidAuthenticationInfo":
                case "NoAuthenticationInformation":
                    return "the access token was refused or is missing. Pass a SAS in the URL's query, or an Entra ID token for https://storage.azure.com as -JournalAccessToken (e.g. (Get-AzAccessToken -ResourceUrl https://storage.azure.com).Token), not yet expired.";
                case "AuthorizationPermissionMismatch":
                case "AuthorizationFailure":
                case "AuthorizationResourceTypeMismatch":
                case "AuthorizationServiceMismatch":
                case "AuthorizationSourceIPMismatch":
                case "AuthorizationProtocolMismatch":
                    return $"the SAS or token has no right to do this. A SAS needs the permissions read, add, create and write (sp=racw) on the container '{url.Container}'; " +
                        "a token's identity needs the role 'Storage Blob Data Contributor' on the container or its storage account (role assignments can take minutes to apply).";
                case "ContainerNotFound":
                    return $"the container '{url.Container}' does not exist in this storage account. Create it (az storage container create --name {url.Container}) or correct the URL.";
                case "InvalidBlobType":
                    return "the blob is not an append blob (a journal uploaded as a file is a block blob). Upload it again as an append blob (az storage blob upload --type append) or give a new blob name.";
                case "BlockCountExceedsLimit":
                    return "the journal has reached Blob Storage's limit of 50,000 appended lines. Start a new journal (a new blob name); keep the old one for -Reconcile of what it left Unknown.";
                case "LeaseIdMismatchWithLeaseOperation":
                case "LeaseIdMismatchWithBlobOperation":
                case "LeaseIdMismatchWithContainerOperation":
                case "LeaseNotPresentWithLeaseOperation":
                case "LeaseNotPresentWithBlobOperation":
                case "LeaseLost":
                case "LeaseIdMissing":
                case "LeaseIsBrokenAndCannotBeRenewed":
                    return "this run no longer holds the journal's lease (it was broken or it expired and another run may hold it now). Nothing more is written by this run.";
                case "AppendPositionConditionNotMet":
                    return "the journal blob changed under this run's lease. Nothing more is written by this run; run again to read it as it is.";
                case "ResourceNotFound":
                    return "the storage account or path was not found. Check the URL (account, container, blob name).";
            }
            if (status == 401 || status == 403)
                return "the credentials were not accepted. Check the SAS in the URL's query or -JournalAccessToken.";
            if (status >= 500)
                return "the storage service failed and its retries too. Run again later (the journal keeps what was stored).";
            return "see the error code in Azure Storage's documentation (Blob service error codes).";
        }

        /// <summary>The AuthenticationErrorDetail of an error body, read only to tell an expired SAS from a wrong one; never shown.</summary>
        private static string Detail(BlobResponse response)
        {
            if (response.Body.Length == 0) return "";
            var text = Encoding.UTF8.GetString(response.Body);
            var start = text.IndexOf("<AuthenticationErrorDetail>", StringComparison.Ordinal);
            return start < 0 ? text : text.Substring(start);
        }
    }
}
