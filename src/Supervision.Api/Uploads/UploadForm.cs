using Microsoft.AspNetCore.Http.Features;

namespace Supervision.Api.Uploads;

/// <summary>
/// Reads the multipart field 'file' of an upload. The form is buffered to disk beyond 64 KiB, not held in memory, and
/// a body the framework cannot parse (no boundary, too many parts, an over-long part header, a body cut short) is a
/// 400 naming 'file', never a 500.
/// </summary>
public static class UploadForm
{
    public const int MaxParts = 16;
    public const int MaxPartHeaderBytes = 4 * 1024;

    public static void Configure(FormOptions form, long maxBodyBytes)
    {
        form.MultipartBodyLengthLimit = maxBodyBytes;
        form.ValueCountLimit = MaxParts;
        form.MultipartHeadersLengthLimit = MaxPartHeaderBytes;
        form.ValueLengthLimit = 64 * 1024;
        form.KeyLengthLimit = 256;
    }

    public static async Task<IFormFile> File(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw UploadRefusedException.Malformed("Send the file in a multipart field named 'file'.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("body length limit", StringComparison.Ordinal))
        {
            throw UploadRefusedException.TooLarge("The multipart body is too large.");
        }
        // The parser fails on a client's body in more ways than InvalidDataException: a body cut inside a part's
        // header throws ArgumentNullException, a body that ends early an IOException. All are the body's fault.
        catch (Exception e) when (e is not (BadHttpRequestException or OperationCanceledException) && !ct.IsCancellationRequested)
        {
            throw UploadRefusedException.Malformed($"The multipart body is malformed: {e.Message}");
        }
        return form.Files.GetFile(UploadRefusedException.Field)
            ?? throw UploadRefusedException.Malformed("Send the file in a multipart field named 'file'.");
    }
}
