using Wolverine;
using Wolverine.ErrorHandling;

namespace Supervision.Api.Infrastructure;

public static class MessagingSetup
{
    public static WebApplicationBuilder AddSupervisionMessaging(this WebApplicationBuilder builder)
    {
        builder.Host.UseWolverine(options =>
        {
            // Wolverine 6 compiles handler adapters only with the runtime compiler registered.
            options.UseRuntimeCompilation();
            options.Policies.AutoApplyTransactions();
            // Local messages (light evaluation, the scheduled sweep) are kept in PostgreSQL until handled.
            options.Policies.UseDurableLocalQueues();
            // A stream locked by a concurrent writer (the lock does not wait) or changed under us: run the handler
            // again from a fresh read. With an expected version the retry refuses cleanly; without one the command lands.
            options.OnException(IsTransientConflict, "transient write conflict").RetryWithCooldown(
                TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100),
                TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400));
            Clustering.Configure(options.Durability, builder.Configuration);
            if (!builder.Configuration.GetValue("Supervision:ApplySchemaOnStartup", true))
                options.AutoBuildMessageStorageOnStartup = JasperFx.AutoCreate.None;
        });
        return builder;
    }

    public static bool IsTransientConflict(Exception e) =>
        e is JasperFx.ConcurrencyException or JasperFx.Events.StreamLockedException or Marten.Exceptions.StreamLockedException
        || e is Marten.Exceptions.MartenCommandException { InnerException: Npgsql.PostgresException { SqlState: "55P03" or "40001" or "40P01" } };
}
