using Wolverine;

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
            options.Durability.Mode = DurabilityMode.Solo;
        });
        return builder;
    }
}
