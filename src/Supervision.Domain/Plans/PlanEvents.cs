namespace Supervision.Domain.Plans;

/// <summary>The fields after RegisteredAt came later: an event stored before them reads as published, office-default, no notes.</summary>
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
    DateTimeOffset RegisteredAt,
    PlanStatus Status = PlanStatus.Published,
    ReportingSource ReportingSource = ReportingSource.OfficeDefault,
    string? ReportingText = null,
    IReadOnlyList<PlanNote>? Notes = null) : IJurisdictionEvent;

/// <summary>A re-import changed the plan's own details (title, document number, indicators, cadence, status, notes ...).</summary>
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
    DateTimeOffset RevisedAt,
    PlanStatus Status = PlanStatus.Published,
    ReportingSource ReportingSource = ReportingSource.OfficeDefault,
    string? ReportingText = null,
    IReadOnlyList<PlanNote>? Notes = null) : IJurisdictionEvent;
