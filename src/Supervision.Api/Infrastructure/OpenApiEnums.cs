using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>The OpenAPI document lists each enum's names: the schema generator knows only the stock enum converter's.</summary>
public static class OpenApiEnums
{
    public static OpenApiOptions ListEnumNames(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) is { IsEnum: true } type)
            {
                schema.Type = JsonSchemaType.String;
                schema.Enum = [.. EnumNames.NamesOf(type).Select(name => (JsonNode)JsonValue.Create(name))];
            }
            return Task.CompletedTask;
        });
}
