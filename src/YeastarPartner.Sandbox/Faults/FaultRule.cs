namespace YeastarPartner.Sandbox.Faults;

/// <summary>What a fault does.</summary>
public enum FaultKind
{
    /// <summary>Wait LatencyMs, then handle the request normally.</summary>
    Latency,
    /// <summary>Answer Status (with Retry-After when set) without handling the request.</summary>
    Status,
    /// <summary>Drop the connection without handling the request.</summary>
    Drop,
    /// <summary>Orders only: store the order, then drop the connection (the client never sees the reply).</summary>
    DropAfterCommit,
    /// <summary>Orders only: store the order, then answer Status (default 500).</summary>
    StatusAfterCommit,
}

/// <summary>
/// One injected fault, posted as JSON to /_sandbox/faults. It applies to requests whose path (and
/// method, and order serial number when given) match, on every Nth match, at most Times times.
/// </summary>
public sealed class FaultRule
{
    public int Id { get; set; }
    /// <summary>Exact path, or a prefix ending in '*'; "*" matches every API path.</summary>
    public string Path { get; set; } = "*";
    public string? Method { get; set; }
    /// <summary>Orders only: the productNo of the order body.</summary>
    public string? SerialNumber { get; set; }
    public FaultKind Kind { get; set; }
    public int Status { get; set; } = 500;
    /// <summary>Sent as the Retry-After header with Status (seconds or an HTTP date).</summary>
    public string? RetryAfter { get; set; }
    public int LatencyMs { get; set; }
    /// <summary>
    /// Latency only: keep waiting, then handle the request, even after the client gave up (timed out or
    /// dropped the connection): a request that lands late, after the client reported its outcome Unknown.
    /// </summary>
    public bool IgnoreClientAbort { get; set; }
    /// <summary>1 = every matching request, 3 = every third.</summary>
    public int EveryNth { get; set; } = 1;
    /// <summary>How many times it fires at most; null = no limit.</summary>
    public int? Times { get; set; }

    internal int Matches;
    internal int Fired;

    public bool IsAfterCommit => Kind is FaultKind.DropAfterCommit or FaultKind.StatusAfterCommit;

    internal bool Applies(string path, string method, string? serialNumber) =>
        (Path == "*" || Path == path || (Path.EndsWith('*') && path.StartsWith(Path[..^1], StringComparison.Ordinal)))
        && (Method == null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (SerialNumber == null || string.Equals(SerialNumber, serialNumber, StringComparison.OrdinalIgnoreCase));
}
