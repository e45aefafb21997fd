using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Notices.Reading;
using Supervision.Domain.Notices;

namespace Supervision.Api.Notices.Preferring;

/// <summary>Quiet hours as China-time "HH:mm"; equal times mean no quiet hours.</summary>
public sealed record PreferencesRequest(IReadOnlyList<NoticeKind>? Muted, IReadOnlyList<NoticeKind>? Digest, string? QuietFrom, string? QuietUntil);

public sealed record PreferencesView(IReadOnlyList<NoticeKind> Muted, IReadOnlyList<NoticeKind> Digest, string QuietFrom, string QuietUntil)
{
    public static PreferencesView Of(NoticePreferences p) => new(p.Muted, p.Digest, p.Quiet.From.ToString("HH:mm"), p.Quiet.Until.ToString("HH:mm"));
}

public sealed class PreferencesValidator : AbstractValidator<PreferencesRequest>
{
    public PreferencesValidator()
    {
        RuleFor(r => r.Muted).Must(k => k is null || k.Count <= NoticePreferences.MaxKinds).WithMessage($"At most {NoticePreferences.MaxKinds} kinds.");
        RuleFor(r => r.Digest).Must(k => k is null || k.Count <= NoticePreferences.MaxKinds).WithMessage($"At most {NoticePreferences.MaxKinds} kinds.");
        RuleForEach(r => r.Muted).IsInEnum();
        RuleForEach(r => r.Digest).IsInEnum();
        RuleFor(r => r.QuietFrom).Must(BeTime).WithMessage("Write the time as HH:mm, e.g. 22:00.");
        RuleFor(r => r.QuietUntil).Must(BeTime).WithMessage("Write the time as HH:mm, e.g. 07:30.");
    }

    private static bool BeTime(string? text) => text is null || (text.Length == 5 && TimeOnly.TryParseExact(text, "HH:mm", out _));
}

/// <summary>Each person's own notice choices: mute a kind, take a kind as a daily digest, set quiet hours.</summary>
public static class PreferencesEndpoints
{
    public static void MapNoticePreferences(this RouteGroupBuilder notices)
    {
        notices.MapGet("/preferences", Get).WithSummary("Your notice choices").Produces<PreferencesView>();
        notices.MapPut("/preferences", Put).Validated<PreferencesRequest>()
            .WithSummary("Mute kinds, take kinds as a daily digest, set quiet hours (China time; default 22:00–07:30)").Produces<PreferencesView>();
    }

    private static async Task<IResult> Get(HttpContext http, IQuerySession session)
    {
        var stored = await session.LoadAsync<PersonNoticePreferences>(http.User.ToActor().UserId, http.RequestAborted);
        return Results.Ok(PreferencesView.Of(stored?.Preferences ?? NoticePreferences.Default));
    }

    private static async Task<IResult> Put(PreferencesRequest request, HttpContext http, IDocumentSession session)
    {
        var person = http.User.ToActor().UserId;
        var quiet = new QuietHours(Time(request.QuietFrom, QuietHours.Default.From), Time(request.QuietUntil, QuietHours.Default.Until));
        var preferences = new NoticePreferences([.. (request.Muted ?? []).Distinct()], [.. (request.Digest ?? []).Distinct()], quiet);
        session.Store(new PersonNoticePreferences { Id = person, Preferences = preferences });
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.Ok(PreferencesView.Of(preferences));
    }

    private static TimeOnly Time(string? text, TimeOnly fallback) => text is null ? fallback : TimeOnly.ParseExact(text, "HH:mm");
}
