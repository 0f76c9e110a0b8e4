using System;
using System.Management.Automation;
using System.Security;
using YeastarPartner.Client.Blob;
using YeastarPartner.Orders.Journal;

namespace YeastarPartner.Base
{
    public abstract partial class YsOrderCmdlet
    {
        /// <summary>
        /// An Entra ID token for Azure Storage, authorising a -JournalPath that is a blob URL without a SAS
        /// (e.g. from Get-AzAccessToken -ResourceUrl https://storage.azure.com in a runbook with a managed identity).
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public SecureString? JournalAccessToken { get; set; }

        /// <summary>
        /// The store -JournalPath names: a blob (an http or https URL) or a file. A URL is never shown with its
        /// query, which holds the SAS. Anything wrong stops the command before any order.
        /// </summary>
        private IJournalStore OpenJournalStore(string journalPath)
        {
            if (BlobUrl.LooksLikeUrl(journalPath))
            {
                try
                {
                    return BlobJournalStore.Open(journalPath, JournalAccessToken);
                }
                catch (ArgumentException e)
                {
                    ThrowTerminatingError(JournalOpenFailed(BlobUrl.Redact(journalPath), e.Message, null));
                    return null!;
                }
            }
            if (JournalAccessToken != null)
                ThrowTerminatingError(ErrorRecords.InvalidArgument("JournalAccessTokenNeedsBlob",
                    "-JournalAccessToken authorises a journal in Azure Blob Storage, but -JournalPath is a file.",
                    "Give -JournalPath the blob's URL (https://<account>.blob.core.windows.net/<container>/<name>.csv), or leave out -JournalAccessToken.", null));
            return new FileJournalStore(ResolveJournalPath(journalPath));
        }

        /// <summary>Why a blob journal cannot be opened, with an ErrorId per cause scripts can match on.</summary>
        private ErrorRecord BlobJournalOpenFailed(string display, BlobStorageException e)
        {
            var message = $"The journal '{display}' cannot be used: {e.Message} Nothing was bought.";
            if (e.HttpStatus == 401 || e.HttpStatus == 403)
                return ErrorRecords.Create("JournalAccessDenied", ErrorCategory.PermissionDenied, message,
                    "Give a valid SAS in the URL's query (permissions read, add, create, write; expiry after the run) or a storage token as -JournalAccessToken whose identity has 'Storage Blob Data Contributor' on the container.", display, e);
            if (e.ErrorCode == "ContainerNotFound")
                return ErrorRecords.Create("JournalContainerNotFound", ErrorCategory.ObjectNotFound, message,
                    "Create the container, or correct its name in the URL.", display, e);
            if (e.IsTransient)
                return ErrorRecords.Create("JournalStorageUnreachable", ErrorCategory.ConnectionError, message,
                    "Check the storage account name in the URL and the network to it (firewall, private endpoint, proxy), then run again.", display, e);
            return JournalOpenFailed(display, e.Message, e);
        }
    }
}
