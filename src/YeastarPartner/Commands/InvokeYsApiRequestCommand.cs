using System.Collections;
using System.Management.Automation;
using Newtonsoft.Json.Linq;
using YeastarPartner.Base;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Http;
using YeastarPartner.Json;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Any Partner Portal endpoint, with the connection's token, retry rules (a POST is never resent
    /// unless the server certainly rejected it), redacted -Verbose trace and error mapping. Writes the
    /// envelope's result; an array result is written one element at a time.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "YsApiRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
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

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.Client;
            var isPost = Method.ToUpperInvariant() == "POST";
            if (!isPost && Body != null)
            {
                WriteError(ErrorRecords.InvalidArgument("BodyOnGet", "A GET request has no body in this API.", "Use -Query for GET parameters, or -Method POST.", Body));
                return;
            }
            var request = isPost ? ApiRequest.Post(Path, PSObjectToJson.Convert(Body ?? new Hashtable())) : ApiRequest.Get(Path);
            if (Query != null)
                foreach (DictionaryEntry entry in Query)
                    request.WithQuery(System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!, PSObject.AsPSObject(entry.Value).BaseObject);
            // Reads change nothing; a POST may create an order or a user.
            if (isPost && !ShouldProcess(request.ToString(), "Send")) return;
            try
            {
                var result = RunAsync(ct => client.InvokeAsync(request, ct));
                WriteObject(JsonToPSObject.Convert(result), enumerateCollection: result is JArray);
            }
            catch (YeastarApiException e)
            {
                WriteApiError(e, request.ToString());
            }
        }
    }
}
