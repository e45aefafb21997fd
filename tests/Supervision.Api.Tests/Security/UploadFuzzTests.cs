using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// Generated plan files and multipart bodies against the two upload endpoints: valid Word tables with bytes flipped, cut
/// short or holding hostile text; zip bombs, containers lying about their sizes, DTDs; broken boundaries, many parts,
/// over-long headers, hostile file names. Never a 5xx; every refusal a problem+json; a refusal appends nothing; a
/// stored file's name is always safe.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_upload_endpoints_are_fuzzed(AppFixture app)
{
    private const int Samples = 240;
    private const string Boundary = "fuzz-b0undary";

    private sealed record Body(string What, byte[] Content, string ContentType);

    private static readonly string[] HostileNames =
    [
        "整改\r\n[12:00:00 INF] forged.pdf", "a\u0000b.docx", "\u202Efdp.exe", "/", "\\", "../../etc/passwd", "..\\..\\boot.ini",
        new('长', 5_000), "", " . ", "CON.pdf", "\"; filename=evil.exe", "😀\u200D😀.xlsx", "%00.pdf", "a/b\\c:d*e?f<g>h|i.docx", "\u0085\u2028\u2029",
    ];

    private static readonly string[] HostileCells =
    [
        new('长', 20_000), "'; drop table supervision.mt_events; --", "<script>alert(1)</script>", "\u202E市水利局", "漢字ABCабвعربي😀",
        "", "   ", "../../etc/passwd", "到2022年，漏损率控制在1e308%以内。", "9999-12-31",
    ];

    private static readonly Lazy<byte[][]> HostileContainers = new(() =>
    [
        HostileFiles.DocxBomb(2 * 1024 * 1024), HostileFiles.XlsxBomb(4 * 1024 * 1024), HostileFiles.LyingSizes(2 * 1024 * 1024),
        HostileFiles.ManyParts(1_001), HostileFiles.DocxWithDtd(), HostileFiles.DocxWithMalformedXml(),
        "PK\u0003\u0004 not a zip at all"u8.ToArray(), [],
    ]);

    private static readonly byte[] Table = HostileFiles.ValidTable();

    [Fact]
    public async Task no_upload_breaks_the_server_or_leaves_a_trace_when_refused()
    {
        var sent = 0;
        foreach (var (importing, body) in Gen.Zip(Gen.Elements(true, false), Bodies()).Sample(Samples, Samples))
        {
            var (url, caller) = importing
                ? ($"/api/plans/import{UploadRequests.TableQuery}", Office with { UserId = "fuzz-office" })
                : ("/api/evidence", Department(WaterBureau) with { UserId = "fuzz-water" });
            var client = app.As(caller);
            var before = await app.EventCount();
            var result = await client.Raw(url, body.Content, body.ContentType);
            sent++;
            var status = result.Status();
            var what = $"{url} with {body.What}";

            status.ShouldBeLessThan(500, what);
            if (status >= 400)
            {
                await result.Problem();
                (await app.EventCount()).ShouldBe(before, $"{what} was refused but appended");
            }
            else if (!importing)
            {
                Safe((await result.Json()).GetProperty("fileName").GetString()!).ShouldBeTrue(what);
            }
        }
        sent.ShouldBe(Samples);
    }

    private static bool Safe(string name) =>
        name.Length is > 0 and <= 110 && name.IndexOfAny(['/', '\\']) < 0 && !name.StartsWith('.')
        && name.All(c => char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
        && new[] { ".pdf", ".png", ".jpg", ".docx", ".xlsx" }.Any(name.EndsWith);

    private static Gen<Body> Bodies() => Gen.Frequency(
        (4, Documents().SelectMany(doc => Gen.Elements(HostileNames).Select(name => File(doc.What, doc.Content, name + ".docx")))),
        (2, Gen.Elements(HostileNames).Select(name => File("a pdf", "%PDF-1.7 整改"u8.ToArray(), name))),
        (3, BrokenMultipart()),
        (1, ManyParts()));

    private static Gen<(string What, byte[] Content)> Documents() => Gen.Frequency(
        (3, Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, Table.Length - 1), Gen.Choose(0, 255)), n))
            .Select(flips => ($"a table with bytes flipped at {string.Join(",", flips.Select(f => f.Item1))}", Flipped(flips)))),
        (2, Gen.Choose(0, Table.Length - 1).Select(length => ($"a table cut at {length} bytes", Table[..length]))),
        (2, Gen.Elements(HostileCells).Select(text => ($"a table holding {Shorten(text)}", HostileFiles.ValidTable(text)))),
        (2, Gen.Choose(0, HostileContainers.Value.Length - 1).Select(i => ($"hostile container #{i}", HostileContainers.Value[i]))));

    private static byte[] Flipped((int Position, int Value)[] flips)
    {
        var copy = Table.ToArray();
        foreach (var (position, value) in flips) copy[position] = (byte)value;
        return copy;
    }

    /// <summary>The name goes in RFC 5987 form, so any character (CR, LF, NUL) reaches the server as the client meant it.</summary>
    private static Body File(string what, byte[] content, string name)
    {
        var part = ($"Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''{Uri.EscapeDataString(name)}", content);
        return new($"{what} named {Shorten(name)}", UploadRequests.Multipart(Boundary, part), $"multipart/form-data; boundary={Boundary}");
    }

    private static Gen<Body> BrokenMultipart()
    {
        var valid = File("a pdf", "%PDF-1.7"u8.ToArray(), "a.pdf");
        var longHeader = $"Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nX-Long: {new string('a', 70_000)}";
        return Gen.Frequency(
            (2, Gen.Choose(0, valid.Content.Length - 1).Select(n => valid with { What = $"a body cut at {n}", Content = valid.Content[..n] })),
            (1, Gen.Elements(
                valid with { What = "no boundary", ContentType = "multipart/form-data" },
                valid with { What = "another boundary", ContentType = "multipart/form-data; boundary=other" },
                valid with { What = "a 200-character boundary", ContentType = $"multipart/form-data; boundary={new string('b', 200)}" },
                valid with { What = "an empty body", Content = [] },
                valid with { What = "a JSON body", Content = "{\"file\":\"x\"}"u8.ToArray(), ContentType = "application/json" },
                valid with { What = "a form body", Content = "file=x"u8.ToArray(), ContentType = "application/x-www-form-urlencoded" },
                new Body("an over-long part header", UploadRequests.Multipart(Boundary, (longHeader, "%PDF"u8.ToArray())), valid.ContentType),
                new Body("a part without headers", UploadRequests.Multipart(Boundary, ("", "%PDF"u8.ToArray())), valid.ContentType),
                new Body("a header without a colon", UploadRequests.Multipart(Boundary, ("Content-Disposition form-data", "x"u8.ToArray())), valid.ContentType),
                new Body("two file parts", UploadRequests.Multipart(Boundary, UploadRequests.FilePart("a.pdf", "%PDF"u8.ToArray()),
                    UploadRequests.FilePart("b.docx", Table)), valid.ContentType))));
    }

    private static Gen<Body> ManyParts() => Gen.Choose(2, 400).Select(count =>
    {
        var fields = Enumerable.Range(0, count).Select(i => ($"Content-Disposition: form-data; name=\"f{i}\"", Encoding.UTF8.GetBytes($"{i}")));
        return new Body($"{count} fields before the file", UploadRequests.Multipart(Boundary, [.. fields, UploadRequests.FilePart("a.pdf", "%PDF-1.7"u8.ToArray())]),
            $"multipart/form-data; boundary={Boundary}");
    });

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
