using System.Net;
using YeastarPartner.Loading;

namespace YeastarPartner.Tests.Loading;

#pragma warning disable SYSLIB0014, CS0618 // Ssl3, Tls and Tls11 are obsolete: they are the Windows PowerShell defaults being tested.
public sealed class TlsPolicyTests
{
    [Fact]
    public void Windows_PowerShell_defaults_gain_tls12_and_keep_what_was_there() =>
        Assert.Equal(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls12,
            TlsPolicy.ProtocolsAfterImport(isDesktop: true, SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls));

    [Fact]
    public void Protocols_someone_else_enabled_are_never_removed() =>
        Assert.Equal(SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13,
            TlsPolicy.ProtocolsAfterImport(isDesktop: true, SecurityProtocolType.Tls11 | SecurityProtocolType.Tls13));

    [Fact]
    public void The_operating_system_default_is_left_to_the_operating_system() =>
        Assert.Equal(SecurityProtocolType.SystemDefault, TlsPolicy.ProtocolsAfterImport(isDesktop: true, SecurityProtocolType.SystemDefault));

    [Fact]
    public void PowerShell_7_is_left_alone() =>
        Assert.Equal(SecurityProtocolType.Tls, TlsPolicy.ProtocolsAfterImport(isDesktop: false, SecurityProtocolType.Tls));
}
