using System.Text;
using Supervision.Domain.Evidence;

namespace Supervision.Domain.Tests.Evidence;

public class when_an_uploaded_file_is_recognised_by_its_content
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Gif = Encoding.ASCII.GetBytes("GIF89a");
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00];

    [Fact]
    public void a_pdf_is_a_pdf_and_its_first_bytes_alone_say_so() => EvidenceTypes.Recognise(Pdf, []).ShouldBe(EvidenceTypes.Pdf);

    [Fact]
    public void png_and_jpeg_images_are_recognised()
    {
        EvidenceTypes.Recognise(Png, []).ShouldBe(EvidenceTypes.Png);
        EvidenceTypes.Recognise(Jpeg, []).ShouldBe(EvidenceTypes.Jpeg);
    }

    [Fact]
    public void a_zip_container_is_a_word_or_excel_document_by_the_main_part_it_holds()
    {
        EvidenceTypes.IsZip(Zip).ShouldBeTrue();
        EvidenceTypes.Recognise(Zip, ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]).ShouldBe(EvidenceTypes.Docx);
        EvidenceTypes.Recognise(Zip, ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]).ShouldBe(EvidenceTypes.Xlsx);
    }

    [Theory]
    [InlineData("[Content_Types].xml", "ppt/presentation.xml")]
    [InlineData("word/document.xml", "")]
    [InlineData("报告.pdf", "")]
    public void any_other_zip_container_is_refused(string part, string other) =>
        EvidenceTypes.Recognise(Zip, [part, other]).ShouldBeNull();

    [Fact]
    public void text_claiming_to_be_a_pdf_is_refused() => EvidenceTypes.Recognise(Encoding.UTF8.GetBytes("这不是PDF文件"), []).ShouldBeNull();

    [Fact]
    public void an_image_type_outside_the_list_is_refused() => EvidenceTypes.Recognise(Gif, []).ShouldBeNull();

    [Fact]
    public void an_empty_file_is_refused() => EvidenceTypes.Recognise([], []).ShouldBeNull();

    [Fact]
    public void a_stored_file_finds_its_type_again_by_media_type() =>
        EvidenceTypes.Of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ShouldBe(EvidenceTypes.Xlsx);
}
