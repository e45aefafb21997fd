using JasperFx;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks;

var builder = WebApplication.CreateBuilder(args);

builder.AddSupervisionLogging();
builder.AddSupervisionPersistence();
builder.AddSupervisionMessaging();
builder.AddSupervisionIdentity();
builder.AddSupervisionHttp();

var app = builder.Build();

app.UseSupervisionHttp();
app.MapSupervisionHealth();
var api = app.MapGroup("/api").RequireAuthorization();
api.MapTaskEndpoints();

return await app.RunJasperFxCommands(args);

/// <summary>Entry point, visible to the integration tests' Alba host.</summary>
public partial class Program;
