namespace Supervision.Api.Assessment;

public static class AssessmentSetup
{
    public static WebApplicationBuilder AddSupervisionAssessment(this WebApplicationBuilder builder)
    {
        var wait = builder.Configuration.GetValue("Supervision:ViewWaitMilliseconds", 2_000);
        builder.Services.AddSingleton(new ViewWait(TimeSpan.FromMilliseconds(wait)));
        builder.Services.AddSingleton<KeptViews>();
        builder.Services.AddSingleton<RuleBooks>();
        builder.Services.AddSingleton<AsOfAnswers>();
        return builder;
    }
}
