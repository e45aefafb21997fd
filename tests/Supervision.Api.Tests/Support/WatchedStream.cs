namespace Supervision.Api.Tests.Support;

/// <summary>A request body that counts what the server read of it.</summary>
public sealed class WatchedStream(byte[] content) : MemoryStream(content)
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(base.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await base.ReadAsync(buffer, cancellationToken));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await base.ReadAsync(buffer, offset, count, cancellationToken));

    private int Count(int read)
    {
        BytesRead += read;
        return read;
    }
}
