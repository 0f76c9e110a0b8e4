using System.Collections;
using System.Management.Automation;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>The connection Tab completion reads through: the command line's -Connection, else the default one.</summary>
    internal static class CompleterConnection
    {
        public static YsConnection? From(IDictionary fakeBoundParameters)
        {
            var value = fakeBoundParameters?["Connection"];
            var connection = (value is PSObject wrapped ? wrapped.BaseObject as YsConnection : value as YsConnection) ?? DefaultConnection.Get();
            return connection == null || connection.IsDisconnected ? null : connection;
        }
    }
}
