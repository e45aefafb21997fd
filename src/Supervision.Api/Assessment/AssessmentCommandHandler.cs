using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>Runs a command on a closed period: an appeal, its decision, the finalization.</summary>
public static class AssessmentCommandHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<IAssessmentCommand> message, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await StreamCommands.Execute<PublishedAssessment, IAssessmentCommand>(message, session, clock.GetUtcNow(), ct)).Result;
}
