using System.Collections.Generic;
using System.Linq;

namespace YeastarPartner.Client.Http
{
    /// <summary>One call to the Partner Portal, described independently of the HTTP library.</summary>
    public sealed class ApiRequest
    {
        private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();
        private readonly List<KeyValuePair<string, string>> _form = new List<KeyValuePair<string, string>>();

        private ApiRequest(string method, string path, ResendRule resend)
        {
            Method = method;
            Path = path;
            Resend = resend;
        }

        public string Method { get; }
        public string Path { get; }
        public ResendRule Resend { get; }
        public bool Authenticated { get; private set; } = true;
        public object? JsonBody { get; private set; }
        public IReadOnlyList<KeyValuePair<string, string>> Query => _query;
        public IReadOnlyList<KeyValuePair<string, string>> Form => _form;

        public static ApiRequest Get(string path) => new ApiRequest("GET", path, ResendRule.SafeToRepeat);

        /// <summary>A POST that changes something: never resent unless the server certainly rejected it.</summary>
        public static ApiRequest Post(string path, object body) => new ApiRequest("POST", path, ResendRule.OnlyIfRejected) { JsonBody = body };

        /// <summary>The token endpoint: form encoded, no bearer token, safe to repeat.</summary>
        internal static ApiRequest TokenRequest(string path, IEnumerable<KeyValuePair<string, string>> form)
        {
            var request = new ApiRequest("POST", path, ResendRule.SafeToRepeat) { Authenticated = false };
            request._form.AddRange(form);
            return request;
        }

        public ApiRequest WithQuery(string name, object? value)
        {
            if (value != null) _query.Add(new KeyValuePair<string, string>(name, System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
            return this;
        }

        /// <summary>Path and query as shown in traces (no secrets travel in query strings).</summary>
        public override string ToString() =>
            _query.Count == 0 ? $"{Method} {Path}" : $"{Method} {Path}?{string.Join("&", _query.Select(q => q.Key + "=" + q.Value))}";
    }
}
