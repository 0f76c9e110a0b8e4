using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>Every API request the sandbox saw (arrival time, method, path, grant or serial number, status), so tests can count calls.</summary>
public sealed class RequestLog
{
    private const int Capacity = 200_000;
    private readonly ConcurrentQueue<Entry> _entries = new();

    public sealed record Entry(DateTimeOffset Time, string Method, string Path, string? Detail, int Status);

    public void Add(Entry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _)) { }
    }

    public IReadOnlyList<Entry> Entries => _entries.ToArray();

    public void Clear() => _entries.Clear();

    public static JsonObject ToJson(Entry e) => new()
    {
        ["time"] = e.Time.ToString("O"),
        ["method"] = e.Method,
        ["path"] = e.Path,
        ["detail"] = e.Detail,
        ["status"] = e.Status,
    };
}
