using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package) that keeps what it receives; a recipient can be set to be
/// refused for a while (a 4xx) or for good (a 5xx).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly Store store;

    public SmtpSink()
    {
        Port = FreePort();
        store = new Store();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => store.Received;

    /// <summary>The next <paramref name="times"/> messages to this address are answered 451 (try again later).</summary>
    public void RefuseForAWhile(string address, int times) => store.Refusals[address] = (451, times);

    /// <summary>Every message to this address is answered 554 until <see cref="Accept"/>.</summary>
    public void RefuseForGood(string address) => store.Refusals[address] = (554, int.MaxValue);

    public void Accept(string address) => store.Refusals.TryRemove(address, out _);

    public IReadOnlyList<MimeMessage> To(string address) =>
        store.Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store : MessageStore
    {
        public readonly ConcurrentQueue<MimeMessage> Received = new();
        public readonly ConcurrentDictionary<string, (int Code, int Times)> Refusals = new(StringComparer.OrdinalIgnoreCase);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            foreach (var to in transaction.To)
            {
                var address = $"{to.User}@{to.Host}";
                if (Refusals.TryGetValue(address, out var refusal) && refusal.Times > 0)
                {
                    Refusals[address] = refusal with { Times = refusal.Times - 1 };
                    return new SmtpResponse((SmtpReplyCode)refusal.Code, refusal.Code < 500 ? "try again later" : "mailbox unavailable");
                }
            }
            await using var stream = new MemoryStream(buffer.ToArray());
            Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
