using System.Buffers;
using System.IO.Compression;

namespace Supervision.Api.Uploads;

/// <summary>How far a zip-based upload (.docx, .xlsx) may unfold.</summary>
/// <param name="MaxEntries">Parts in the container.</param>
/// <param name="MaxTotalBytes">All parts together, inflated.</param>
/// <param name="MaxEntryBytes">One part, inflated (what a parser holds at once).</param>
/// <param name="MaxRatio">Inflated over compressed size, of one part past <see cref="ZipLimits.RatioGraceBytes"/> and of the whole file.</param>
public sealed record ZipLimits(int MaxEntries, long MaxTotalBytes, long MaxEntryBytes, int MaxRatio)
{
    /// <summary>Small parts compress far (an empty table, a style sheet); the ratio counts only past this many bytes.</summary>
    public const long RatioGraceBytes = 100 * 1024;

    /// <summary>Evidence is stored as sent, never parsed: only the container is bounded.</summary>
    public static readonly ZipLimits Evidence = new(1_000, 64 * 1024 * 1024, 64 * 1024 * 1024, 100);

    /// <summary>A plan table is parsed: its XML parts are bounded much tighter, since a parser holds one in memory.</summary>
    public static readonly ZipLimits PlanTable = Evidence with { MaxEntryBytes = 8 * 1024 * 1024 };
}

/// <summary>
/// The one check every zip-based upload passes before anything parses it: the entry count and the declared sizes from
/// the central directory, then every part inflated into a small reused buffer, counting the bytes that actually come
/// out (declared sizes can lie), against the total, per-part and ratio limits. A bomb is refused (413) once it passes a
/// limit, without ever being held; a damaged container is a 400.
/// </summary>
public static class ZipGuard
{
    // The end-of-central-directory record alone: nothing shorter is a zip (and an empty form file cannot be positioned).
    private const int EmptyZipBytes = 22;

    /// <summary>Checks a seekable zip stream and returns the names of its parts; the stream is left at its start.</summary>
    public static IReadOnlyList<string> Check(Stream zip, ZipLimits limits, CancellationToken ct = default)
    {
        if (zip.Length < EmptyZipBytes) throw Damaged();
        zip.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
                throw UploadRefusedException.TooLarge($"The file holds {entries.Count} parts; at most {limits.MaxEntries} are accepted.");
            var declared = 0L;
            foreach (var entry in entries)
            {
                // Deflate never inflates to much less than its compressed size: a part declared far smaller lies about it.
                if (entry.CompressedLength > 2 * (entry.Length + 1024)) throw Damaged();
                declared += entry.Length;
                Bound(entry.Length, declared, entry.CompressedLength, limits);
            }
            var total = 0L;
            foreach (var entry in entries) total += Inflate(entry, total, buffer, limits, ct);
            if (total > ZipLimits.RatioGraceBytes && total > zip.Length * limits.MaxRatio)
                throw UploadRefusedException.TooLarge($"The file inflates more than {limits.MaxRatio} times its size.");
            return entries.Select(e => e.FullName).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw Damaged();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            zip.Position = 0;
        }
    }

    private static UploadRefusedException Damaged() =>
        UploadRefusedException.Malformed("The file is not a valid Office document: its zip container is damaged.");

    private static long Inflate(ZipArchiveEntry entry, long before, byte[] buffer, ZipLimits limits, CancellationToken ct)
    {
        using var content = entry.Open();
        var inflated = 0L;
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            inflated += read;
            Bound(inflated, before + inflated, entry.CompressedLength, limits);
        }
        return inflated;
    }

    private static void Bound(long entryBytes, long totalBytes, long compressedBytes, ZipLimits limits)
    {
        if (entryBytes > limits.MaxEntryBytes)
            throw UploadRefusedException.TooLarge($"A part of the file inflates to more than {limits.MaxEntryBytes / 1024 / 1024} MiB.");
        if (totalBytes > limits.MaxTotalBytes)
            throw UploadRefusedException.TooLarge($"The file inflates to more than {limits.MaxTotalBytes / 1024 / 1024} MiB.");
        if (entryBytes > ZipLimits.RatioGraceBytes && entryBytes > Math.Max(compressedBytes, 1) * limits.MaxRatio)
            throw UploadRefusedException.TooLarge($"A part of the file inflates more than {limits.MaxRatio} times its compressed size.");
    }
}
