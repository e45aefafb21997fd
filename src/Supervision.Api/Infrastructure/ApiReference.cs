using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// The OpenAPI document as a client needs it: the bearer scheme declared (so the reference page at /docs can send
/// authorized requests), and on every /api operation the refusals it can give, as problem+json. Which ones follows from
/// the endpoint: 400 when it reads a body or a query, 401 and 429 always, 403 and 409 for commands (and the
/// administrator's and evidence reads), 404 where a path or query names an object or a jurisdiction, 413 with a body.
/// </summary>
public static class ApiReference
{
    public const string Scheme = "Bearer";
    private const string Problem = "ProblemDetails";
    private const string ValidationProblem = "HttpValidationProblemDetails";

    public static WebApplicationBuilder AddSupervisionApiReference(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OpenApiOptions>("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                    Description = "A token from the sign-in (development: the workbench's sign-in page; ./supervise token prints one).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.RelativePath?.StartsWith("api", StringComparison.Ordinal) != true) return Task.CompletedTask;
                Describe(operation, context.Description, context.Document!);
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    private static void Describe(OpenApiOperation operation, ApiDescription endpoint, OpenApiDocument document)
    {
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
        var method = endpoint.HttpMethod ?? "GET";
        var path = endpoint.RelativePath ?? "";
        var sources = endpoint.ParameterDescriptions.Select(p => p.Source.Id).ToHashSet();
        var body = sources.Contains("Body") || sources.Contains("Form") || method is "POST" or "PUT";
        var command = method is "POST" or "PUT";
        var names = path.Contains('{', StringComparison.Ordinal) || endpoint.ParameterDescriptions.Any(p => p.Name == "jurisdiction");

        if (body || sources.Contains("Query")) Add(operation, document, 400, "The request is invalid: errors names each field at fault.", ValidationProblem);
        Add(operation, document, 401, "No valid bearer token.");
        if (command || path.StartsWith("api/admin", StringComparison.Ordinal) || path.StartsWith("api/evidence", StringComparison.Ordinal))
            Add(operation, document, 403, "The caller's role or unit may not do this.");
        if (names) Add(operation, document, 404, "No such object in the caller's jurisdictions (its existence is not revealed).");
        if (command) Add(operation, document, 409, "The object's state or version does not allow it; nothing was changed.");
        if (body) Add(operation, document, 413, "The body is larger than the endpoint takes.");
        Add(operation, document, 429, "Too many requests from this user; see Retry-After.");
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument document, int status, string description, string schema = Problem)
    {
        operation.Responses ??= new OpenApiResponses();
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.TryGetValue(key, out var existing) && existing.Content?.ContainsKey("application/problem+json") == true) return;
        Schemas(document);
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(schema, document) },
            },
        };
    }

    /// <summary>RFC 9457 problem details, and the validation problem that adds errors by field.</summary>
    private static void Schemas(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        OpenApiSchema Text() => new() { Type = JsonSchemaType.String | JsonSchemaType.Null };
        Dictionary<string, IOpenApiSchema> Common() => new()
        {
            ["type"] = Text(), ["title"] = Text(), ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null },
            ["detail"] = Text(), ["instance"] = Text(), ["correlationId"] = Text(),
        };
        document.Components.Schemas.TryAdd(Problem, new OpenApiSchema { Type = JsonSchemaType.Object, Properties = Common() });
        var validation = Common();
        validation["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        document.Components.Schemas.TryAdd(ValidationProblem, new OpenApiSchema { Type = JsonSchemaType.Object, Properties = validation });
    }
}
