using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>The OpenAPI document in the caller's terms: each enum's names, and query parameters camelCase as callers write them.</summary>
public static class OpenApiNames
{
    public static OpenApiOptions InCallersTerms(this OpenApiOptions options) =>
        options
            // The schema generator knows only the stock enum converter's names.
            .AddSchemaTransformer((schema, context, _) =>
            {
                if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) is { IsEnum: true } type)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = [.. EnumNames.NamesOf(type).Select(name => (JsonNode)JsonValue.Create(name))];
                }
                return Task.CompletedTask;
            })
            // Query records bound with [AsParameters] are listed by their PascalCase properties; binding ignores case.
            .AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                    if (parameter.In == ParameterLocation.Query && parameter.Name is { } name) parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
                return Task.CompletedTask;
            });
}
