using System.Diagnostics;

namespace Supervision.Api.Tests.Support;

/// <summary>Awaits a condition the system reaches in the background (a handler's retries, the daemon), never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(seconds)) throw new TimeoutException($"Not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }
}
