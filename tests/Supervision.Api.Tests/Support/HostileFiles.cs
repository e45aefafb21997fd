using System.IO.Compression;
using System.Text;

namespace Supervision.Api.Tests.Support;

/// <summary>Zip containers made to hurt a server: bombs, containers that lie about their sizes, DTDs, damaged zips.</summary>
public static class HostileFiles
{
    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    /// <summary>A .docx whose document part inflates to <paramref name="bytes"/> of one repeated character (about 1,000 to 1).</summary>
    public static byte[] DocxBomb(int bytes) => Bomb("word/document.xml", (byte)' ', bytes);

    /// <summary>An .xlsx-shaped container whose sheet inflates to <paramref name="bytes"/> of zeros.</summary>
    public static byte[] XlsxBomb(int bytes) => Bomb("xl/worksheets/sheet1.xml", 0, bytes, ("xl/workbook.xml", "<workbook/>"u8.ToArray()));

    /// <summary>A .docx carrying <paramref name="entries"/> extra small parts.</summary>
    public static byte[] ManyParts(int entries) =>
        Add(ValidTable(), Enumerable.Range(0, entries).Select(i => ($"customXml/item{i}.xml", "<a/>"u8.ToArray())));

    /// <summary>A .docx whose document part declares a DTD with an entity (the start of a billion-laughs document).</summary>
    public static byte[] DocxWithDtd() => Replace(ValidTable(), "word/document.xml", Text(ValidTable(), "word/document.xml")
        .Replace("<w:document", "<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><w:document"));

    public static byte[] DocxWithMalformedXml() => Replace(ValidTable(), "word/document.xml", "<w:document><w:body><w:tbl>");

    /// <summary>A .docx whose central directory declares every part smaller than it inflates to.</summary>
    public static byte[] LyingSizes(int bytes)
    {
        var zip = DocxBomb(bytes);
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            if (zip[i] != 0x50 || zip[i + 1] != 0x4B) continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4) BitConverter.GetBytes(100u).CopyTo(zip, i + 22);
            if (zip[i + 2] == 1 && zip[i + 3] == 2) BitConverter.GetBytes(100u).CopyTo(zip, i + 24);
        }
        return zip;
    }

    public static byte[] Truncated(byte[] zip, int length) => zip[..Math.Clamp(length, 0, zip.Length)];

    /// <summary>A Word task table the import accepts.</summary>
    public static byte[] ValidTable(string content = "到2022年，城市公共供水管网漏损率控制在8.5%以内。") =>
        WordTables.Docx(
            WordTables.Row(WordTables.Cell("序号"), WordTables.Cell("具体内容"), WordTables.Cell("牵头单位")),
            WordTables.Row(WordTables.Cell("1"), WordTables.Cell(content), WordTables.Cell("市水利局"))).ToArray();

    public static string Text(byte[] zip, string part)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    public static byte[] Replace(byte[] zip, string part, string text) => Rewrite(zip, archive =>
    {
        archive.GetEntry(part)?.Delete();
        using var writer = new StreamWriter(archive.CreateEntry(part, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(text);
    });

    /// <summary>A container whose <paramref name="part"/> is <paramref name="count"/> copies of one byte, written in chunks.</summary>
    private static byte[] Bomb(string part, byte value, int count, params (string Name, byte[] Content)[] others)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in others.Prepend(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes))))
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
            using var bomb = archive.CreateEntry(part, CompressionLevel.Optimal).Open();
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, value);
            for (var written = 0; written < count; written += chunk.Length) bomb.Write(chunk, 0, Math.Min(chunk.Length, count - written));
        }
        return zip.ToArray();
    }

    private static byte[] Add(byte[] zip, IEnumerable<(string Name, byte[] Content)> parts) => Rewrite(zip, archive =>
    {
        foreach (var (name, content) in parts)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }
    });

    private static byte[] Rewrite(byte[] zip, Action<ZipArchive> change)
    {
        var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            change(archive);
        return stream.ToArray();
    }
}
