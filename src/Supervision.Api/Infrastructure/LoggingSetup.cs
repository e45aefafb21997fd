using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Supervision.Api.Infrastructure;

public static class LoggingSetup
{
    public static WebApplicationBuilder AddSupervisionLogging(this WebApplicationBuilder builder)
    {
        // The process-wide Log.Logger is left alone: every host (a test runs several) logs through its own logger only.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Wolverine", LogEventLevel.Warning)
                .MinimumLevel.Override("Marten", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With<SafeLogText>()
                .WriteTo.Console(new ConsoleLogFormat());
            // Extra sinks registered in the container (the tests capture every log line this way).
            foreach (var sink in services.GetServices<ILogEventSink>()) logger.WriteTo.Sink(sink);
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request: method, path, status, elapsed ms, the correlation id and the client's own, if sent.</summary>
    public static void UseRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("CorrelationId", http.CorrelationId());
                if (http.ClientCorrelationId() is { } client) diagnostics.Set("ClientCorrelationId", client);
            };
        });
}
