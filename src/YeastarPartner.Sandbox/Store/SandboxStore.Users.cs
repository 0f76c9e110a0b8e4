using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>Subordinate users (U2-U5). partnerId is a 19-digit string; U3 also finds a user by Yeastar ID (email).</summary>
public sealed partial class SandboxStore
{
    private const long FirstPartnerId = 3076913644890832900;
    private readonly List<JsonObject> _users = SeededUsers();
    private long _partnerSequence = FirstPartnerId + 2;

    private void SeedUsers()
    {
        _users.Clear();
        _users.AddRange(SeededUsers());
        _partnerSequence = FirstPartnerId + 2;
    }

    /// <summary>Two customers; the first (partnerId ...901) owns the seeded Turnkey, RM and add-on products.</summary>
    private static List<JsonObject> SeededUsers() =>
    [
        NewUser(FirstPartnerId + 1, new JsonObject { ["email"] = "color123@yeastar.com", ["company"] = "Color Hotels", ["country"] = "United Kingdom", ["firstName"] = "Casey", ["lastName"] = "Color", ["city"] = "Leeds" }),
        NewUser(FirstPartnerId + 2, new JsonObject { ["email"] = "it@bluebay.example", ["company"] = "Blue Bay Clinic", ["country"] = "Germany", ["firstName"] = "Bo", ["lastName"] = "Bay", ["city"] = "Hamburg" }),
    ];

    public IReadOnlyList<JsonObject> SubordinateUsers
    {
        get { lock (_lock) return _users.Select(u => (JsonObject)u.DeepClone()).ToList(); }
    }

    public JsonObject? FindUser(string partnerIdOrEmail)
    {
        lock (_lock)
            return (JsonObject?)_users.FirstOrDefault(u => (string?)u["partnerId"] == partnerIdOrEmail
                || string.Equals((string?)u["email"], partnerIdOrEmail, StringComparison.OrdinalIgnoreCase))?.DeepClone();
    }

    public bool IsKnownPartner(string partnerId)
    {
        lock (_lock) return _users.Any(u => (string?)u["partnerId"] == partnerId);
    }

    /// <summary>Adds a user from a U4 body; false when the Yeastar ID is taken.</summary>
    public bool AddUser(JsonObject fields)
    {
        lock (_lock)
        {
            if (_users.Any(u => string.Equals((string?)u["email"], (string?)fields["email"], StringComparison.OrdinalIgnoreCase))) return false;
            AddUserLocked(fields);
            return true;
        }
    }

    /// <summary>Applies a U5 body's non-null fields; false when no user has that Yeastar ID.</summary>
    public bool EditUser(string yeastarId, JsonObject changes)
    {
        lock (_lock)
        {
            var user = _users.FirstOrDefault(u => string.Equals((string?)u["email"], yeastarId, StringComparison.OrdinalIgnoreCase));
            if (user == null) return false;
            foreach (var (key, value) in changes)
                if (value != null) user[key] = value.DeepClone();
            return true;
        }
    }

    private void AddUserLocked(JsonObject fields) => _users.Add(NewUser(++_partnerSequence, fields));

    private static JsonObject NewUser(long partnerId, JsonObject fields)
    {
        var user = new JsonObject
        {
            ["city"] = "", ["company"] = "", ["country"] = "", ["email"] = "", ["firstName"] = "", ["lastName"] = "",
            ["partnerId"] = partnerId.ToString(), ["phoneNumber"] = "", ["remark"] = "", ["stateProvince"] = "",
            ["street"] = "", ["taxNum"] = "", ["userType"] = "Enduser", ["zipCode"] = "",
        };
        foreach (var (key, value) in fields) user[key] = value?.DeepClone();
        return user;
    }
}
