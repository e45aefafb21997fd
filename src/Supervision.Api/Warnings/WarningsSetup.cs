namespace Supervision.Api.Warnings;

public static class WarningsSetup
{
    public static WebApplicationBuilder AddSupervisionWarnings(this WebApplicationBuilder builder)
    {
        var minutes = builder.Configuration.GetValue("Supervision:DeadlineSweepMinutes", 60.0);
        builder.Services.AddSingleton(new SweepSchedule(TimeSpan.FromMinutes(minutes)));
        builder.Services.AddSingleton<DeadlineSweep>();
        builder.Services.AddHostedService<StartDeadlineSweep>();
        return builder;
    }
}
