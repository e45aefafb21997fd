namespace Supervision.Domain.Plans;

public sealed record PlanRegistered(
    Guid PlanStreamId,
    string PlanId,
    string Jurisdiction,
    string Title,
    string? Issuer,
    string? DocumentNumber,
    DateOnly? IssuedOn,
    string? Source,
    DateOnly DefaultDeadline,
    ReportingSchedule Reporting,
    IReadOnlyList<PlanIndicator> Indicators,
    string RegisteredBy,
    DateTimeOffset RegisteredAt) : IJurisdictionEvent;

/// <summary>A re-import changed the plan's own details (title, document number, indicators, cadence ...).</summary>
public sealed record PlanDetailsRevised(
    Guid PlanStreamId,
    string Jurisdiction,
    string Title,
    string? Issuer,
    string? DocumentNumber,
    DateOnly? IssuedOn,
    string? Source,
    DateOnly DefaultDeadline,
    ReportingSchedule Reporting,
    IReadOnlyList<PlanIndicator> Indicators,
    string RevisedBy,
    DateTimeOffset RevisedAt) : IJurisdictionEvent;
