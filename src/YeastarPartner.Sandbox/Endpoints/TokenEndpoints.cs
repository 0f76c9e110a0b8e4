using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Auth;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>A1/A2: POST /auth/openapi/v1/oauth/token, form encoded or multipart, two grants.</summary>
public static class TokenEndpoints
{
    public const string Path = "/auth/openapi/v1/oauth/token";

    public static void Map(WebApplication app)
    {
        app.MapPost(Path, async (HttpContext context, TokenService tokens, SandboxOptions options) =>
        {
            if (!context.Request.HasFormContentType)
                return Envelope.Validation("Content-Type", "Content-Type must be multipart/form-data or application/x-www-form-urlencoded.");
            var form = await context.Request.ReadFormAsync();
            var grant = form["grant_type"].ToString();
            context.Items["detail"] = "grant_type=" + grant;

            TokenService.Issued? issued;
            switch (grant)
            {
                case "pp_credentials":
                    if (form["client_id"] != options.ClientId || form["client_secret"] != options.ClientSecret)
                        return Envelope.Error(401, Envelope.Codes.Unauthorized, "The client ID or client secret is wrong.");
                    issued = tokens.Issue();
                    break;
                case "refresh_token":
                    issued = tokens.Refresh(form["refresh_token"].ToString());
                    if (issued == null)
                        return Envelope.Error(401, Envelope.Codes.Unauthorized, "The refresh token is invalid or expired.");
                    break;
                default:
                    return Envelope.Validation("grant_type", "grant_type must be pp_credentials or refresh_token.");
            }
            return Envelope.Ok(new JsonObject
            {
                ["expiresIn"] = issued.ExpiresInSeconds.ToString(), // a String, as documented
                ["refreshToken"] = issued.RefreshToken,
                ["token"] = issued.Token,
                ["tokenHead"] = "Bearer ",
            });
        });
    }
}
