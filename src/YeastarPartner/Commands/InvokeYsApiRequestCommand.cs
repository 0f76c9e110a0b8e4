using System.Collections;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Http;
using YeastarPartner.Json;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Any Partner Portal endpoint, with the connection's token, retry rules (a POST is never resent
    /// unless the server certainly rejected it), redacted -Verbose trace and error mapping. Writes the
    /// envelope's result; an array result is written one element at a time.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "YsApiRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Base + "Invoke-YsApiRequest.md")]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeYsApiRequestCommand : YsApiCmdlet
    {
        /// <summary>The API uses only GET and POST.</summary>
        [Parameter]
        [ValidateSet("GET", "POST")]
        public string Method { get; set; } = "GET";

        /// <summary>The path after the base URI, e.g. /pricing/openapi/purchase/v1/product_list.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidatePattern("^/")]
        public string Path { get; set; } = "";

        [Parameter]
        public Hashtable? Query { get; set; }

        /// <summary>A hashtable, an object or JSON text; sent as application/json with POST.</summary>
        [Parameter(ValueFromPipeline = true)]
        public object? Body { get; set; }

        protected override object? ErrorTarget => Path;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var isPost = Method.ToUpperInvariant() == "POST";
            if (!isPost && Body != null)
            {
                WriteError(ErrorRecords.InvalidArgument("BodyOnGet", "A GET request has no body in this API.", "Use -Query for GET parameters, or -Method POST.", Body));
                return;
            }
            var body = PlainValues.FromPowerShell(Body ?? new Hashtable());
            if (isPost && body is string text && !IsJsonText(text))
            {
                WriteError(ErrorRecords.InvalidArgument("BodyNotJson", $"-Body '{text}' is neither JSON text nor an object.", "Pass a hashtable, an object, or JSON text such as '{\"productNo\":\"3631E0997265\"}'.", Body));
                return;
            }
            var request = isPost ? ApiRequest.Post(Path, body!) : ApiRequest.Get(Path);
            if (Query != null)
                foreach (DictionaryEntry entry in Query)
                    request.WithQuery(System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!, PSObject.AsPSObject(entry.Value).BaseObject);
            // Reads change nothing; a POST may create an order or a user.
            if (isPost && !ShouldProcess(request.ToString(), "Send")) return;
            var result = RunAsync(ct => client.InvokeForValuesAsync(request, ct));
            WriteObject(PlainValues.ToPowerShell(result), enumerateCollection: result is object?[]);
        }

        // JSON text goes to the server as written (the transport sends a string body verbatim).
        private static bool IsJsonText(string text)
        {
            var trimmed = text.TrimStart();
            return trimmed.StartsWith("{", System.StringComparison.Ordinal) || trimmed.StartsWith("[", System.StringComparison.Ordinal);
        }
    }
}
