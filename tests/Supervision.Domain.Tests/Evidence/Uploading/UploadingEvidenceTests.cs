using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Evidence.Uploading;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Evidence.Uploading;

public class when_a_department_uploads_evidence
{
    private static readonly UploadEvidence Upload = new(Guid.NewGuid(), "验收报告.pdf", "application/pdf", "%PDF-1.4"u8.ToArray());

    [Fact]
    public void the_file_is_kept_under_its_unit_and_jurisdiction_with_the_sha256_of_its_bytes() =>
        Upload.Decide(Department(LeadUnit), Now).ShouldAccept<EvidenceUploaded>().ShouldBe(new EvidenceUploaded(Upload.EvidenceId, Jurisdiction,
            LeadUnit, "验收报告.pdf", "application/pdf", 8, "e16fa5d9b51928755db85b917f0297babaf22c7a47e97d9212adab56e61ba04e", Department(LeadUnit).UserId, Now));

    [Fact]
    public void the_office_uploads_too() => Upload.Decide(Office, Now).ShouldAccept<EvidenceUploaded>().Unit.ShouldBeNull();

    [Fact]
    public void a_leader_may_not_upload() => Upload.Decide(Leader, Now).ShouldBeRefused(RefusalKind.Forbidden);
}
