using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Supervision.Bench;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package), in the runner's process so that it outlives the APIs the runner
/// kills: it counts the messages it accepts by Message-Id, as a receiving mail system recognises a repeat.
/// </summary>
public sealed class MailSink : MessageStore, IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public MailSink()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(this);
        running = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build(), services).StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>Each Message-Id accepted, with how many times it was.</summary>
    public ConcurrentDictionary<string, int> Accepted { get; } = new();

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var headers = await HeaderList.LoadAsync(stream, cancellationToken);
        Accepted.AddOrUpdate(MimeKit.Utils.MimeUtils.EnumerateReferences(headers[HeaderId.MessageId] ?? "").FirstOrDefault() ?? "", 1, (_, n) => n + 1);
        return SmtpResponse.Ok;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }
}
