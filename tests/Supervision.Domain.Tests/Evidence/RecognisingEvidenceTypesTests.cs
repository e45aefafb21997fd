using System.IO.Compression;
using System.Text;
using Supervision.Domain.Evidence;

namespace Supervision.Domain.Tests.Evidence;

public class when_an_uploaded_file_is_recognised_by_its_first_bytes
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Gif = Encoding.ASCII.GetBytes("GIF89a");

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            archive.CreateEntry("[Content_Types].xml");
        return stream.ToArray();
    }

    [Fact]
    public void a_pdf_is_a_pdf_whatever_it_is_called()
    {
        EvidenceTypes.Recognise(Pdf, "整改报告.pdf").ShouldBe("application/pdf");
        EvidenceTypes.Recognise(Pdf, "整改报告.jpg").ShouldBe("application/pdf");
    }

    [Fact]
    public void png_and_jpeg_images_are_recognised()
    {
        EvidenceTypes.Recognise(Png, "现场照片.png").ShouldBe("image/png");
        EvidenceTypes.Recognise(Jpeg, "现场照片.jpeg").ShouldBe("image/jpeg");
    }

    [Theory]
    [InlineData("整改说明.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("监测数据.XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void a_zip_container_named_as_a_word_or_excel_file_is_that_document(string fileName, string contentType) =>
        EvidenceTypes.Recognise(Zip(), fileName).ShouldBe(contentType);

    [Theory]
    [InlineData("材料.zip")]
    [InlineData("汇报.pptx")]
    [InlineData("docx")]
    public void any_other_zip_container_is_refused(string fileName) => EvidenceTypes.Recognise(Zip(), fileName).ShouldBeNull();

    [Fact]
    public void text_claiming_to_be_a_pdf_is_refused() =>
        EvidenceTypes.Recognise(Encoding.UTF8.GetBytes("这不是PDF文件"), "整改报告.pdf").ShouldBeNull();

    [Fact]
    public void an_image_type_outside_the_list_is_refused() => EvidenceTypes.Recognise(Gif, "现场照片.gif").ShouldBeNull();

    [Fact]
    public void an_empty_file_is_refused() => EvidenceTypes.Recognise([], "空白.pdf").ShouldBeNull();
}
