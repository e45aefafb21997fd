// The API's answers as the workbench reads them (README's API table; the records under src/Supervision.Api).
export type Role = 'office' | 'department' | 'leader' | 'admin';
export type Light = 'none' | 'blue' | 'yellow' | 'red';
export type TaskStatus = 'assigned' | 'inProgress' | 'completionRequested' | 'closed' | 'withdrawn';
export type DueStatus = 'pending' | 'onTime' | 'late' | 'missing';
export type Dimension = 'sewageTreatment' | 'floodControl' | 'drainage' | 'waterSupply' | 'waterSaving';

export interface Person { id: string; name: string; role: Role; unit: string | null; jurisdiction: string; jurisdictionName: string }
export interface SignInConfiguration { mode: 'development' | 'oidc' | 'none'; authority: string | null; clientId: string | null; scope: string }
export interface SignedIn { token: string; expiresAt: string; person: Person }

export interface WarningReason { code: string; light: Light; message: string; deadline: string | null }
export interface Target {
  id: string; metric: string; comparator: string; value: number; originalValue: number | null; unit: string; year: number | null;
  kind: string; baselineYear: number | null; annual: boolean; latestReading: number | null; latestReadingPeriod: string | null; met: boolean | null;
}
export interface PendingRevision { revisionId: string; targetId: string | null; proposedValue: number | null; proposedDeadline: string | null; reason: string; unit: string; requestedAt: string }
export interface Extension { extensionId: string; previousDeadline: string; requestedDeadline: string; reason: string; unit: string; requestedAt: string; status: 'pending' | 'approved' | 'rejected'; decisionReason: string | null }
export interface Task {
  id: string; version: number; status: TaskStatus; jurisdiction: string; planId: string | null; number: string | null; title: string; content: string;
  category: string[]; leadUnits: string[]; participatingUnits: string[]; acceptedBy: string[]; deadline: string; originalDeadline: string;
  progressPercent: number; targets: Target[]; pendingRevisions: PendingRevision[]; extensions: Extension[]; light: Light;
  lightReasons: WarningReason[]; lightSince: string | null; reportingOverride: Schedule | null; reminders: number; dimension: Dimension;
  assignedAt: string; closedAt: string | null; lightSummary: string | null;
}
export interface Schedule { cadence: 'monthly' | 'quarterly' | 'halfYearly' | 'annual'; dueDay: number }
export interface PeriodDue { period: string; start: string; end: string; dueOn: string; status: DueStatus; daysLate: number; reportId: string | null; reportedAt: string | null }
export interface ReportRecord { reportId: string; period: string; progressPercent: number; unit: string; reportedAt: string; returnedAt: string | null; returnReason: string | null }
/** continuingPeriod: the period an open task past its deadline reports on now (it owes no period any more). */
export interface TaskReports { schedule: Schedule; periods: PeriodDue[]; reports: ReportRecord[]; continuingPeriod: string | null }
export interface HistoryEntry { version: number; sequence: number; type: string; recordedAt: string; actor: string | null; role: string | null; unit: string | null; correlationId: string | null; data: Record<string, unknown> }
export interface LightChange { light: Light; previous: Light; reasons: WarningReason[]; at: string; version: number }
export interface TaskLight { taskId: string; title: string; number: string | null; planId: string | null; jurisdiction: string; leadUnits: string[]; light: Light; reasons: WarningReason[]; since: string | null; summary: string }
export interface Changed { id: string; version: number }
export interface ReportAccepted { id: string; reportId: string; version: number }

export interface InboxItem {
  kind: string; title: string; deadline: string | null; overdue: boolean; detail: string; taskId: string | null; inspectionId: string | null;
  findingId: string | null; period: string | null; light: Light; summary: string | null;
  /** What an office acts on: the unit asking, and the revision, extension or report to decide. */
  unit: string | null; revisionId: string | null; extensionId: string | null; reportId: string | null;
}

export interface Unit { id: string; name: string; kind: string; jurisdiction: string; aliases: string[] }
export type UnitStatus = 'active' | 'merged' | 'split' | 'deactivated';
/** A unit of the registry with its names over time (from: the day a name took effect; null since registration). */
export interface RegisteredUnit extends Unit {
  status: UnitStatus; names: { name: string; from: string | null }[]; successors: string[]; endedOn: string | null; predecessors: string[] | null;
}
export interface UnitRegistration { id: string; name: string; kind: string; aliases: string[] }
export interface PlanSummary { id: string; title: string; jurisdiction: string; jurisdictionName: string; taskCount: number; issuer: string | null; documentNumber: string | null; issuedOn: string | null }
export interface PlanDetails { id: string; title: string; jurisdiction: string; jurisdictionName: string; taskCount: number; tasksByCategory: { category: string; tasks: number }[]; tasksByStatus: Record<string, number>; units: { id: string; name: string; kind: string; leadTasks: number; participatingTasks: number }[] }
export interface TableMatch { table: number; tables: number; headerRow: number; headers: string[]; roles: string[] }
export interface ImportSummary {
  planId: string; planRegistered: boolean; planRevised: boolean; unitsRegistered: number; unitsRevised: number; tasksAssigned: number; tasksChanged: number;
  tasksWithdrawn: number; tasksUnchanged: number; eventsAppended: number; assignedOn: string; assignedOnBasis: 'issuedOn' | 'importDate'; table: TableMatch | null;
}
export interface PlanNote { text: string; units: string[] }
export interface UnitProposal { id: string; name: string; kind: string; aliases: string[]; registered: boolean; newAliases: string[] }
export interface TaskChange { row: string; number: string | null; title: string; change: 'assigned' | 'changed' | 'withdrawn'; events: string[] }
export interface PlanRow { id: string; number: string; title: string; leadUnits: string[]; participatingUnits: string[]; deadline: string | null; targets: unknown[] }
export interface PlanPreview {
  plan: { id: string; title: string; defaultDeadline: string; tasks: PlanRow[] }; table: TableMatch | null; notes: PlanNote[];
  proposedUnits: UnitProposal[]; summary: ImportSummary; tasks: TaskChange[];
}
export interface CategoryProgress { category: string; tasks: number; byStatus: Record<string, number>; byLight: Record<string, number>; targetsMet: number; targetsAtRisk: number; targetsMissed: number }
export interface PlanProgress { planId: string; title: string; asOf: string; categories: CategoryProgress[] }

export interface EvidenceStored { id: string; fileName: string; contentType: string; size: number; sha256: string }
export interface Inspection {
  id: string; version: number; jurisdiction: string; taskIds: string[]; units: string[]; instructions: string; severity: 'general' | 'key' | 'listed';
  responseDeadline: string; issuedAt: string; signedBy: string[]; responses: { unit: string; text: string; evidenceIds: string[]; late: boolean; respondedAt: string }[];
  escalations: { silentUnits: string[]; daysOverdue: number; escalatedAt: string }[];
}
export interface Finding {
  id: string; version: number; taskId: string; jurisdiction: string; unit: string; description: string; category: string; severity: 'minor' | 'general' | 'serious';
  rectificationDeadline: string; veto: boolean; recurrenceOf: string | null; status: 'open' | 'rectificationSubmitted' | 'closed'; recordedAt: string;
  closedAt: string | null; reopened: number; rectifications: { rectificationId: string; text: string; evidenceIds: string[]; unit: string; submittedAt: string }[];
}

export interface ScoreInput { item: string; credit: number; weight: number; note: string }
export interface EventRef { streamId: string; version: number; sequence: number; type: string; recordedAt: string }
export interface ComponentScore { component: string; name: string; weight: number; ratio: number; points: number; formula: string; inputs: ScoreInput[]; events: EventRef[] }
export interface UnitScore { jurisdiction: string; unit: string; period: string; ruleVersion: number; asOf: string; components: ComponentScore[]; deductions: ComponentScore; bonus: ComponentScore; total: number; grade: string; vetoed: boolean; rank: number }
export interface ComponentTotal { component: string; name: string; weight: number; points: number; formula: string; items: number; events: number }
export interface UnitSummary { unit: string; period: string; ruleVersion: number; asOf: string; components: ComponentTotal[]; deductions: ComponentTotal; bonus: ComponentTotal; total: number; grade: string; vetoed: boolean; rank: number }
export interface Scorecards { jurisdiction: string; jurisdictionName: string; period: string; view: string; ruleVersion: number; asOf: string; scores: UnitScore[]; unitNames: Record<string, string>; source: string }
export interface DimensionCell { jurisdiction: string; dimension: Dimension; name: string; tasks: number; closed: number; onSchedule: number; targetsMet: number; targets: number; reportsOnTime: number; openFindings: number; redLights: number; score: number }
export interface FiveWaterView { jurisdiction: string; jurisdictionName: string; period: string; asOf: string; dimensions: DimensionCell[]; children: FiveWaterView[]; units: { unit: string; cell: DimensionCell }[]; source: string }
export interface Weights { targetAchievement: number; reportingTimeliness: number; completionOnSchedule: number; rectification: number }
export interface ScoringRules { version: number; weights: Weights; deductions: { perChase: number; perRedLight: number; cap: number }; bonusCap: number; participantShare: number; lateCredit: number; grades: { grade: string; atLeast: number }[]; vetoGrade: string }
export interface Appeal { appealId: string; unit: string; reason: string; lodgedAt: string; upheld: boolean | null; adjustment: number; decision: string | null }
export interface PublishedAssessment { jurisdiction: string; period: string; ruleVersion: number; stage: 'published' | 'final'; publishedAt: string; objectionWindowEnds: string; published: UnitScore[]; final: UnitScore[] | null; appeals: Appeal[] }

export interface NodeView { node: number; nodeId: string; cluster: boolean; agents: string[] }
export interface DeadMessage { id: string; messageType: string; exceptionType: string; exceptionMessage: string; sentAt: string; replayable: boolean }
export interface ProjectionFailure { id: string; projection: string; jurisdiction: string; sequence: number; eventAt: string; attempts: number; errorType: string; message: string }
export interface DeadLetters { messages: DeadMessage[]; projections: ProjectionFailure[]; skippedEvents: number }

export interface Contacts { email: string | null; mobile: string | null; dingtalk: string | null }
/** A person of the directory; contacts and subject only when the caller may see them (office of that jurisdiction, admin, self). */
export interface DirectoryPerson {
  id: string; name: string; role: Role; unit: string | null; jurisdiction: string; active: boolean; contacts: Contacts | null; subject: string | null;
}
export interface PersonRegistration {
  name: string; role: Role; jurisdiction: string; unit?: string; contacts?: Partial<Contacts>; subject?: string;
}
