using System;
using System.Runtime.InteropServices;
using System.Security;

namespace YeastarPartner.Client.Auth
{
    /// <summary>
    /// The client ID and secret from Partner Portal > System > API. The secret stays a read-only
    /// SecureString and is revealed only for the moment a token request is encoded.
    /// </summary>
    public sealed class ClientCredentials : IDisposable
    {
        private readonly SecureString _secret;

        public ClientCredentials(string clientId, SecureString clientSecret)
        {
            if (string.IsNullOrWhiteSpace(clientId)) throw new ArgumentException("The client ID is empty.", nameof(clientId));
            if (clientSecret == null || clientSecret.Length == 0) throw new ArgumentException("The client secret is empty.", nameof(clientSecret));
            ClientId = clientId.Trim();
            _secret = clientSecret.Copy();
            _secret.MakeReadOnly();
        }

        public string ClientId { get; }

        internal T UseSecret<T>(Func<string, T> use)
        {
            IntPtr ptr = IntPtr.Zero;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(_secret);
                return use(Marshal.PtrToStringUni(ptr, _secret.Length));
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }

        public void Dispose() => _secret.Dispose();

        /// <summary>Names the client, never the secret.</summary>
        public override string ToString() => ClientId;
    }
}
