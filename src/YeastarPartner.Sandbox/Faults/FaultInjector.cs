namespace YeastarPartner.Sandbox.Faults;

/// <summary>The active fault rules. Before-commit faults run in middleware; after-commit ones in the order endpoint.</summary>
public sealed class FaultInjector
{
    private readonly object _lock = new();
    private readonly List<FaultRule> _rules = [];
    private int _nextId;

    public FaultRule Add(FaultRule rule)
    {
        if (rule.EveryNth < 1) throw new ArgumentException("everyNth must be 1 or more.");
        lock (_lock)
        {
            rule.Id = ++_nextId;
            _rules.Add(rule);
            return rule;
        }
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get { lock (_lock) return _rules.ToList(); }
    }

    public void Clear()
    {
        lock (_lock) _rules.Clear();
    }

    /// <summary>The rules that fire for this request at this stage; each call counts as one match of each rule.</summary>
    public IReadOnlyList<FaultRule> Fire(bool afterCommit, string path, string method, string? serialNumber)
    {
        lock (_lock)
        {
            var firing = new List<FaultRule>();
            foreach (var rule in _rules)
            {
                if (rule.IsAfterCommit != afterCommit || !rule.Applies(path, method, serialNumber)) continue;
                if (rule.Times.HasValue && rule.Fired >= rule.Times.Value) continue;
                rule.Matches++;
                if (rule.Matches % rule.EveryNth != 0) continue;
                rule.Fired++;
                firing.Add(rule);
            }
            return firing;
        }
    }
}
