using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace Supervision.Api.Notices.Delivering;

/// <summary>
/// E-mail through the configured SMTP server (MailKit). The Message-Id is derived from the delivery's key, so a message
/// sent again after a crash between the server's acceptance and our commit carries the same id, which mail systems
/// recognise as a repeat.
/// </summary>
public sealed class EmailChannel(NoticeSettings settings)
{
    public bool Configured => settings.Smtp.Configured;

    public async Task<string> Send(DeliverNotice notice, CancellationToken ct)
    {
        var smtp = settings.Smtp;
        var message = new MimeMessage { Subject = notice.Subject, MessageId = $"{notice.Key:N}@supervision" };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(notice.Address));
        message.Body = new TextPart("plain") { Text = notice.Body };
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Tls, ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
            return message.MessageId;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            throw new NoticeRefused($"The mail server refused: {(int)e.StatusCode} {e.Message}", e);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or SocketException or IOException or TimeoutException
            or ServiceNotConnectedException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new NoticeNotYetDelivered($"The mail server did not take the message: {e.Message}", e);
        }
        catch (ParseException e)
        {
            throw new NoticeRefused($"Not an e-mail address: {e.Message}", e);
        }
    }
}
