using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Http
{
    /// <summary>The five fields every Partner Portal reply carries (API reference section 2).</summary>
    internal sealed class ApiEnvelope
    {
        public const string SuccessCode = "success";

        public string? Code { get; private set; }
        public string? DetailMessage { get; private set; }
        public string? RequestId { get; private set; }
        public JToken? Result { get; private set; }
        public int? Status { get; private set; }

        public bool IsSuccess => Code == SuccessCode;

        /// <summary>Null when the text is not an object with at least <c>code</c>: not the documented envelope.</summary>
        public static ApiEnvelope? TryParse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            JToken token;
            try { token = JsonParsing.Parse(text!); }
            catch (Newtonsoft.Json.JsonException) { return null; }
            if (!(token is JObject obj) || obj["code"]?.Type != JTokenType.String) return null;
            return new ApiEnvelope
            {
                Code = (string?)obj["code"],
                DetailMessage = obj["detailMessage"]?.Type == JTokenType.String ? (string?)obj["detailMessage"] : obj["detailMessage"]?.ToString(),
                RequestId = obj["requestId"]?.Type == JTokenType.String ? (string?)obj["requestId"] : null,
                Result = obj["result"],
                Status = obj["status"]?.Type == JTokenType.Integer ? (int?)obj["status"] : null,
            };
        }
    }
}
