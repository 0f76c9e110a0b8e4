using System.Management.Automation;
using System.Text;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Connect-YeastarPartner -Proxy and -ProxyCredential reach the wire.</summary>
public sealed class ConnectProxyTests : IDisposable
{
    private readonly PowerShellHarness _ps = new();
    private readonly FakeProxy _proxy = new();

    [Fact]
    public void The_token_request_goes_through_the_proxy_with_the_proxy_credential()
    {
        var result = _ps.Run("""
            $proxyCredential = [pscredential]::new('proxy-user', (ConvertTo-SecureString 'proxy-pass' -AsPlainText -Force))
            try {
                Connect-YeastarPartner -ClientId 'id' -ClientSecret (ConvertTo-SecureString 'client-secret-value' -AsPlainText -Force) `
                    -BaseUri 'https://partner.example.test' -Proxy $proxyUrl -ProxyCredential $proxyCredential -MaxRetry 0 -TimeoutSec 30
            }
            catch { $_ }
            """, new Dictionary<string, object?> { ["proxyUrl"] = _proxy.Url });

        var error = Assert.IsType<ErrorRecord>(Assert.Single(result.Output).BaseObject);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        var seen = _proxy.Requests.ToList();
        Assert.All(seen, s => Assert.StartsWith("CONNECT partner.example.test:443 ", s.RequestLine));
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("proxy-user:proxy-pass"));
        Assert.Contains(seen, s => s.ProxyAuthorization == expected);
    }

    public void Dispose()
    {
        _ps.Dispose();
        _proxy.Dispose();
    }
}
