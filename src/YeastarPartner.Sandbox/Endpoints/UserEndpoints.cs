using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>U1 Query Billing Contact List.</summary>
public static class UserEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/user/openapi/user/v1/client/billing_contact_list", (SandboxStore store) =>
            Envelope.Ok(new JsonArray(store.BillingContacts.Select(c => (JsonNode)c.DeepClone()).ToArray())));
    }
}
