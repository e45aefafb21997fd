using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Supervision.Api.Identity;

namespace Supervision.Api.Infrastructure.Idempotency;

/// <summary>
/// An Idempotency-Key in its scope: the caller, the endpoint (method and route pattern), the target (the route's values:
/// the stream and the item in it) and the whole key, with a hash of the request as bound (body and query values in
/// their canonical JSON form), so a repeat can be told from a different request sent under the same key.
/// </summary>
public sealed record IdempotencyScope(string Caller, string Endpoint, string Target, string Key, string RequestHash)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;
    private const string ItemKey = "idempotency-scope";

    /// <summary>The record's id: a hash of the whole scope, so no key is ever cut short to fit.</summary>
    public string Id => Hash(string.Join('\n', Caller, Endpoint, Target, Key));

    /// <summary>The transaction-scoped advisory lock that requests of one scope take in turn.</summary>
    public long LockKey => BitConverter.ToInt64(Convert.FromHexString(Id.AsSpan(0, 16)));

    public static IdempotencyScope? Of(HttpContext http) => http.Items[ItemKey] as IdempotencyScope;

    /// <summary>Keys are 1 to 200 visible ASCII characters, sent once; anything else is refused, never cut short.</summary>
    public static string? Unusable(Microsoft.Extensions.Primitives.StringValues keys)
    {
        var key = keys.ToString();
        return keys.Count == 1 && key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~')
            ? null
            : $"An {Header} is 1 to {MaxKeyLength} visible ASCII characters (no spaces), sent once.";
    }

    public static void Set(HttpContext http, string key, IEnumerable<object?> request)
    {
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value;
        var target = string.Join('&', http.Request.RouteValues.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
        var json = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>();
        var body = JsonSerializer.Serialize(request.ToArray(), json.Value.SerializerOptions);
        http.Items[ItemKey] = new IdempotencyScope(http.User.ToActor().UserId, $"{http.Request.Method} {route}", target, key, Hash(body));
    }

    /// <summary>What the endpoint read beyond what it bound (an uploaded file), added to the request its key stands for.</summary>
    public static void Include(HttpContext http, string read)
    {
        if (Of(http) is { } scope) http.Items[ItemKey] = scope with { RequestHash = Hash($"{scope.RequestHash}\n{read}") };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

public static class IdempotentEndpoints
{
    /// <summary>
    /// The endpoint honours Idempotency-Key: a repeat of the same request is answered as the first was (with
    /// Idempotent-Replayed: true), a different request under a used key is a 422, an unusable key a 400. The command's
    /// handler keeps the record in its own transaction (<see cref="IdempotentCommands"/>), reached through
    /// <see cref="CommandOrigin"/>. The request is what the endpoint bound, less the services it takes.
    /// </summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
            var request = factory.MethodInfo.GetParameters()
                .Where(p => p.ParameterType != typeof(HttpContext) && p.ParameterType != typeof(CancellationToken) && !services.IsService(p.ParameterType))
                .Select(p => p.Position).ToArray();
            return async context =>
            {
                var keys = context.HttpContext.Request.Headers[IdempotencyScope.Header];
                if (keys.Count == 0) return await next(context);
                if (IdempotencyScope.Unusable(keys) is { } rule)
                    return Results.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyScope.Header] = [rule] },
                        detail: rule, title: Problems.Title(400));
                IdempotencyScope.Set(context.HttpContext, keys.ToString(), request.Select(i => context.Arguments[i]));
                return await next(context);
            };
        });
}
