namespace Supervision.Api.Uploads;

/// <summary>An uploaded file, or the multipart body carrying it, refused: 400 (malformed) or 413 (too large), naming the field 'file'.</summary>
public sealed class UploadRefusedException(int status, string message) : Exception(message)
{
    public const string Field = "file";

    public int Status { get; } = status;

    public static UploadRefusedException Malformed(string message) => new(StatusCodes.Status400BadRequest, message);

    public static UploadRefusedException TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);
}
