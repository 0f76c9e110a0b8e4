namespace YeastarPartner.Client.Http
{
    /// <summary>When the transport may send a request again after a failure.</summary>
    public enum ResendRule
    {
        /// <summary>Reads and token requests: repeating them changes nothing on the server.</summary>
        SafeToRepeat,

        /// <summary>
        /// Orders and other writes: sent again only when the server certainly did not act on them
        /// (401 before re-authentication, 429). A timeout, a broken connection, a 5xx or an unreadable
        /// reply leaves the outcome unknown and is never resent.
        /// </summary>
        OnlyIfRejected,
    }
}
