using JasperFx;
using Supervision.Api.Assessment;
using Supervision.Api.Assessment.Viewing;
using Supervision.Api.Evidence;
using Supervision.Api.Findings;
using Supervision.Api.Identity;
using Supervision.Api.Inbox;
using Supervision.Api.Infrastructure;
using Supervision.Api.Inspections;
using Supervision.Api.Notices;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Operations;
using Supervision.Api.People;
using Supervision.Api.Plans;
using Supervision.Api.Security;
using Supervision.Api.Tasks;
using Supervision.Api.Units;
using Supervision.Api.Warnings;
using Supervision.Api.Workbench;

var builder = WebApplication.CreateBuilder(args);

builder.AddSupervisionLogging();
builder.AddSupervisionPersistence();
builder.AddSupervisionMessaging();
builder.AddSupervisionIdentity();
builder.AddSupervisionSecurity();
builder.AddSupervisionHttp();
builder.AddSupervisionApiReference();
builder.AddSupervisionJurisdictions();
builder.AddSupervisionCatalog();
builder.AddSupervisionShards();
builder.AddSupervisionPeople();
builder.AddSupervisionWarnings();
builder.AddSupervisionAssessment();
builder.AddNotices();

var app = builder.Build();

app.UseSupervisionHttp();
app.MapSupervisionHealth();
app.MapSignIn();
var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<JsonAnswers>();
api.MapJurisdictionEndpoints();
api.MapTaskEndpoints();
api.MapPlanEndpoints();
api.MapUnitEndpoints();
api.MapPeopleEndpoints();
api.MapWarningEndpoints();
api.MapFindingEndpoints();
api.MapInspectionEndpoints();
api.MapEvidenceEndpoints();
api.MapInbox();
api.MapScorecards();
api.MapFiveWater();
api.MapJurisdictionRanking();
api.MapAssessment();
api.MapProgress();
api.MapAdmin();
api.MapNoticeEndpoints();
app.MapWorkbench();

return await app.RunJasperFxCommands(args);

/// <summary>Entry point, visible to the integration tests' Alba host.</summary>
public partial class Program;
