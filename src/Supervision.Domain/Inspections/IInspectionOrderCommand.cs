using Supervision.Domain.Decisions;

namespace Supervision.Domain.Inspections;

/// <summary>A command on an issued 督办单.</summary>
public interface IInspectionOrderCommand : IStreamCommand<InspectionOrder>
{
    Guid InspectionId { get; }

    Guid IStreamCommand<InspectionOrder>.StreamId => InspectionId;
}
