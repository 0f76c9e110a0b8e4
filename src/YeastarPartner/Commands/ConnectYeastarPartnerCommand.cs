using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using YeastarPartner.Base;
using YeastarPartner.Client;
using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Errors;
using YeastarPartner.Connections;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Connects to the Partner Portal with the client ID and secret from System > API, acquiring a token
    /// at once so wrong credentials fail here, and makes the connection this runspace's default.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "YeastarPartner", DefaultParameterSetName = ClientSecretSet, HelpUri = HelpLinks.Base + "Connect-YeastarPartner.md")]
    [OutputType(typeof(YsConnection))]
    public sealed class ConnectYeastarPartnerCommand : YsCmdlet
    {
        private const string ClientSecretSet = "ClientSecret";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ClientSecretSet)]
        [ValidateNotNullOrEmpty]
        public string ClientId { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ClientSecretSet)]
        [ValidateNotNull]
        public SecureString ClientSecret { get; set; } = null!;

        /// <summary>User name = client ID, password = client secret: what Get-AutomationPSCredential returns.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        [Credential]
        public PSCredential Credential { get; set; } = null!;

        [Parameter(Mandatory = true, ParameterSetName = EnvironmentSet)]
        public SwitchParameter FromEnvironment { get; set; }

        [Parameter]
        [ValidateNotNull]
        [PSDefaultValue(Help = YeastarClientOptions.DefaultBaseUriText + " (with -FromEnvironment: YEASTAR_BASE_URI when set)")]
        public Uri? BaseUri { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string UserAgent { get; set; } = "OpenAPI";

        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        [Parameter]
        [ValidateNotNull]
        [Credential]
        public PSCredential? ProxyCredential { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        [Parameter]
        [ValidateRange(0, 10)]
        public int MaxRetry { get; set; } = 3;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            ClientCredentials credentials;
            YeastarClient client;
            try
            {
                credentials = ReadCredentials();
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(ErrorRecords.Create("InvalidCredentials", ErrorCategory.InvalidArgument, e.Message,
                    "Pass the client ID and secret from Partner Portal > System > API.", null, e));
                return;
            }
            try
            {
                var options = new YeastarClientOptions
                {
                    BaseUri = BaseUri ?? EnvironmentBaseUri() ?? YeastarClientOptions.DefaultBaseUri,
                    UserAgent = UserAgent,
                    Timeout = TimeSpan.FromSeconds(TimeoutSec),
                    MaxRetry = MaxRetry,
                    Proxy = BuildProxy(),
                    ProxyCredentials = Proxy == null ? ProxyCredential?.GetNetworkCredential() : null,
                };
                client = new YeastarClient(options, credentials);
            }
            catch (Exception e) when (e is ArgumentException || e is UriFormatException)
            {
                credentials.Dispose();
                ThrowTerminatingError(ErrorRecords.Create("InvalidConnectionSettings", ErrorCategory.InvalidArgument, e.Message,
                    "Use https://openapi.partner.yeastar.com (the default) or an http://127.0.0.1 sandbox address.", WithoutUserInfo(BaseUri), e));
                return;
            }

            try
            {
                RunAsync((_, ct) => client.AuthenticateAsync(ct));
            }
            catch (YeastarApiException e)
            {
                client.Dispose();
                ThrowTerminatingError(ErrorRecords.FromApi(e, credentials.ClientId, e.Kind == ApiErrorKind.Authentication ? "ConnectAuthenticationFailed" : null));
                return;
            }

            var connection = new YsConnection(client);
            var previous = DefaultConnection.Get();
            DefaultConnection.Set(connection);
            if (previous != null && !previous.IsDisconnected) WriteVerbose($"Replaced the default connection {previous}.");
            WriteVerbose($"Connected to {connection.BaseUri} as {connection.ClientId}; token expires {MessageTime.Format(connection.TokenExpiresAt)}.");
            if (PassThru) WriteObject(connection);
        }

        private ClientCredentials ReadCredentials()
        {
            switch (ParameterSetName)
            {
                case CredentialSet:
                    return new ClientCredentials(Credential.UserName, Credential.Password);
                case EnvironmentSet:
                    var id = Environment.GetEnvironmentVariable("YEASTAR_CLIENT_ID");
                    var secret = Environment.GetEnvironmentVariable("YEASTAR_CLIENT_SECRET");
                    if (string.IsNullOrWhiteSpace(id) || string.IsNullOrEmpty(secret))
                    {
                        ThrowTerminatingError(ErrorRecords.Create("EnvironmentCredentialsMissing", ErrorCategory.InvalidArgument,
                            "YEASTAR_CLIENT_ID and YEASTAR_CLIENT_SECRET must both be set for -FromEnvironment.",
                            "Set both environment variables, or use -Credential or -ClientId with -ClientSecret.", null));
                    }
                    using (var secure = ToSecureString(secret!))
                        return new ClientCredentials(id!, secure);
                default:
                    return new ClientCredentials(ClientId, ClientSecret);
            }
        }

        private Uri? EnvironmentBaseUri()
        {
            if (ParameterSetName != EnvironmentSet) return null;
            var text = Environment.GetEnvironmentVariable("YEASTAR_BASE_URI");
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri))
                throw new ArgumentException($"YEASTAR_BASE_URI '{text}' is not an absolute URI such as https://openapi.partner.yeastar.com.");
            return uri;
        }

        /// <summary>The address as an error may show it: without any user name or password it carried.</summary>
        private static Uri? WithoutUserInfo(Uri? uri) =>
            uri == null || !uri.IsAbsoluteUri || string.IsNullOrEmpty(uri.UserInfo) ? uri : new UriBuilder(uri) { UserName = "", Password = "" }.Uri;

        private IWebProxy? BuildProxy()
        {
            if (Proxy == null) return null;
            return new WebProxy(Proxy)
            {
                Credentials = ProxyCredential?.GetNetworkCredential() ?? CredentialCache.DefaultCredentials,
            };
        }

        private static SecureString ToSecureString(string text)
        {
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}
