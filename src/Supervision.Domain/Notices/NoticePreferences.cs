namespace Supervision.Domain.Notices;

/// <summary>A person's own choices: kinds they do not want, kinds they read once a day, and their quiet hours.</summary>
public sealed record NoticePreferences(IReadOnlyList<NoticeKind> Muted, IReadOnlyList<NoticeKind> Digest, QuietHours Quiet)
{
    public const int MaxKinds = 20;

    public static readonly NoticePreferences Default = new([], [], QuietHours.Default);
}
