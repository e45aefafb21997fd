using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;
using Supervision.Api.Security;

namespace Supervision.Api.Infrastructure;

public static class HttpSetup
{
    public const long MaxJsonBodyBytes = 256 * 1024;
    public const long MaxFileBodyBytes = 11 * 1024 * 1024;

    public static WebApplicationBuilder AddSupervisionHttp(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            Configure(options.SerializerOptions);
            options.SerializerOptions.Converters.Add(new NulRefusal.JsonStrings());
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.CorrelationId();
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            // The framework answers a body of another content type with a bare 415: say what it takes instead.
            if (context.ProblemDetails is { Status: 415, Detail: null })
                (context.ProblemDetails.Title, context.ProblemDetails.Detail) = (Problems.Title(415), BindingFailure.UnsupportedBody);
            if (context.ProblemDetails.Status is 403 or 429)
                Identity.SecurityEvents.Log(context.HttpContext, context.ProblemDetails.Status == 403 ? "access refused" : "rate limited",
                    context.ProblemDetails.Detail ?? "");
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures throw, so the problem handler can say what was wrong instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Validators hold no state: one of each, where a scoped one rebuilt its rules on every request (3.4% of a report's CPU).
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        builder.Services.AddOpenApi(options => options.InCallersTerms());
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("postgresql", tags: ["ready"]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxFileBodyBytes);
        builder.Services.Configure<FormOptions>(form => Uploads.UploadForm.Configure(form, MaxFileBodyBytes));
        return builder;
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.Converters.Add(new StrictEnumConverterFactory());
    }

    public static void UseSupervisionHttp(this WebApplication app)
    {
        app.UseCorrelation();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.RefuseUnusableClientCorrelation();
        app.UseNulRefusal();
        app.UseBodySizeLimit();
        app.UseEmptyBodyAsJson();
        app.UseCors(SecuritySetup.CorsPolicy);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options.WithTitle("Supervision API").WithNonce().DisableDefaultFonts());
    }

    /// <summary>A POST without a body (sign for, approve) is an empty JSON request, whatever content type a client sends.</summary>
    private static void UseEmptyBodyAsJson(this WebApplication app) =>
        app.Use((http, next) =>
        {
            var empty = http.Request.ContentLength == 0
                || (http.Request.ContentLength is null && string.IsNullOrEmpty(http.Request.ContentType) && !http.Request.Headers.TransferEncoding.Any());
            if (empty)
            {
                http.Request.ContentType = "application/json";
                http.Features.Set<IHttpRequestBodyDetectionFeature>(new NoBody());
            }
            return next(http);
        });

    private sealed class NoBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => false;
    }

    /// <summary>
    /// Refuse an oversized body from its declared length, before anything reads it (also under test servers), and cap
    /// what the server will read of a chunked one. Endpoints that take files declare a larger RequestBodyLimit.
    /// </summary>
    private static void UseBodySizeLimit(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>()?.Bytes ?? MaxJsonBodyBytes;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            if (http.Request.ContentLength > limit)
            {
                await Problems.Write(http, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"The body may hold at most {limit / 1024} KiB.");
                return;
            }
            await next(http);
        });
}

/// <summary>The largest body an endpoint accepts (default: 256 KiB of JSON).</summary>
public sealed record RequestBodyLimit(long Bytes);
