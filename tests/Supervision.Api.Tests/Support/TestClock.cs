namespace Supervision.Api.Tests.Support;

/// <summary>The injected clock: tests move it, the application reads it.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private DateTimeOffset now = Start;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Set(DateTimeOffset moment) => now = moment;

    public void Advance(TimeSpan by) => now += by;

    public void Reset() => now = Start;
}
