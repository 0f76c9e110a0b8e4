using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using YeastarPartner.Client.Blob;
using YeastarPartner.Client.Http;

namespace YeastarPartner.DesktopSmoke
{
    /// <summary>
    /// The Blob REST calls of the shared journal (issue 19), as a runbook on Windows PowerShell makes them through
    /// .NET Framework's HttpClient: create the append blob, lease it, append two lines at their positions, see a
    /// stale position refused, renew and release the lease, read it all back.
    /// </summary>
    internal static class BlobSmoke
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Run(string url)
        {
            using var client = new BlobRestClient(BlobUrl.Parse(url), null, TimeSpan.FromSeconds(30), new RetryPolicy(2, TimeSpan.FromSeconds(1)));
            var none = CancellationToken.None;
            var created = client.CreateAppendBlobAsync(none).GetAwaiter().GetResult();
            var leaseId = Guid.NewGuid().ToString();
            var leased = client.AcquireLeaseAsync(leaseId, TimeSpan.FromSeconds(15), none).GetAwaiter().GetResult();
            var first = Encoding.UTF8.GetBytes("\"SerialNumber\",\"Outcome\"\r\n");
            var second = Encoding.UTF8.GetBytes("\"3631E0997265\",\"Succeeded\"\r\n");
            var appended = client.AppendBlockAsync(first, leaseId, 0, none).GetAwaiter().GetResult().Status + "," +
                client.AppendBlockAsync(second, leaseId, first.Length, none).GetAwaiter().GetResult().Status;
            var stale = client.AppendBlockAsync(second, leaseId, first.Length, none).GetAwaiter().GetResult();
            client.RenewLeaseAsync(leaseId, none).GetAwaiter().GetResult();
            client.ReleaseLeaseAsync(leaseId, none).GetAwaiter().GetResult();
            var again = client.AcquireLeaseAsync(Guid.NewGuid().ToString(), TimeSpan.FromSeconds(15), none).GetAwaiter().GetResult();
            var text = Encoding.UTF8.GetString(client.GetAsync(none).GetAwaiter().GetResult() ?? new byte[0]);
            var whole = text == Encoding.UTF8.GetString(first) + Encoding.UTF8.GetString(second);
            Console.WriteLine($"blob={created}|{leased}|{appended}|{stale.Status} {stale.ErrorCode}|{again}|{whole}");
        }
    }
}
