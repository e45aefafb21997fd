using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Projections.Tasks;

/// <summary>
/// One document per report, written in the report's own transaction. A report is inserted once and never read back
/// to be written: a return patches the two fields it sets, so the task stream's append stays a set of writes, and a
/// rebuild applies the insert and the patch in event order within one batch.
/// </summary>
public partial class TaskReportProjection : EventProjection
{
    // An insert, not an upsert: a report id is new with each report, and a rebuild's pages of inserts go by binary COPY.
    public void Project(IEvent<ProgressReported> e, IDocumentOperations operations) => operations.Insert(ReportRecord.From(e.Data, e.Version));

    public void Project(ReportReturned e, IDocumentOperations operations) =>
        operations.Patch<ReportRecord>(e.ReportId)
            .Set(r => r.ReturnedAt, e.ReturnedAt)
            .Set(r => r.ReturnReason, e.Reason);
}
