using Supervision.Domain.Evidence;

namespace Supervision.Domain.Tests.Evidence;

public class when_an_evidence_file_is_named
{
    [Theory]
    [InlineData("整改报告.pdf", "整改报告.pdf")]
    [InlineData("整改报告.PDF", "整改报告.pdf")]
    [InlineData("整改报告", "整改报告.pdf")]
    [InlineData("发票.exe", "发票.pdf")]
    [InlineData("report.pdf.exe", "report.pdf.pdf")]
    public void the_extension_is_the_recognised_types_whatever_the_client_wrote(string supplied, string kept) =>
        EvidenceFileNames.Safe(supplied, EvidenceTypes.Pdf).ShouldBe(kept);

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\王\\整改.pdf", "整改.pdf")]
    [InlineData("a\r\nb.pdf", "ab.pdf")]
    [InlineData("a\u0000b.pdf", "ab.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.pdf")]
    [InlineData("\u2066整改\u2069\u200B报告\u001B[31m.pdf", "整改报告[31m.pdf")]
    [InlineData(" ..hidden. .pdf", "hidden.pdf")]
    public void separators_controls_and_bidirectional_overrides_are_dropped(string supplied, string kept) =>
        EvidenceFileNames.Safe(supplied, EvidenceTypes.Pdf).ShouldBe(kept);

    [Theory]
    [InlineData("/")]
    [InlineData("\\")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("\u202E\u0000.pdf")]
    [InlineData("...")]
    public void a_name_with_nothing_left_is_never_empty(string? supplied) =>
        EvidenceFileNames.Safe(supplied, EvidenceTypes.Docx).ShouldBe("evidence.docx");

    [Fact]
    public void a_long_name_is_cut_without_splitting_a_character()
    {
        var kept = EvidenceFileNames.Safe(string.Concat(Enumerable.Repeat("节水😀", 200)) + ".pdf", EvidenceTypes.Pdf);

        kept.ShouldEndWith(".pdf");
        new System.Globalization.StringInfo(kept[..^4]).LengthInTextElements.ShouldBe(EvidenceFileNames.MaxStemLength);
        char.IsHighSurrogate(kept[^5]).ShouldBeFalse();
    }
}
