using System.Reflection;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain;
using Supervision.Domain.Folding;
using Supervision.Projections;

namespace Supervision.Api.Tests.Projections;

/// <summary>
/// A projection learns where an event belongs from the event, so every event the store registers, a projection applies or an aggregate's fold reads
/// names its stream's jurisdiction.
/// </summary>
[Collection(ApiCollection.Name)]
public class every_event_of_findings_inspections_assessment_plans_and_evidence(AppFixture app)
{
    private static readonly string[] Features = ["Findings", "Inspections", "Assessment", "Plans", "Evidence"];

    [Fact]
    public void names_the_jurisdiction_of_its_stream()
    {
        var registered = app.Host.Services.GetRequiredService<IDocumentStore>().Options.Events.AllKnownEventTypes().Select(e => e.EventType);
        var applied = typeof(ProjectionRegistry).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.Name is "Apply" or "Create" && m.GetParameters().Length > 0).Select(m => m.GetParameters()[0].ParameterType);
        var folded = typeof(IJurisdictionEvent).Assembly.GetTypes().SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(Fold<>))
            .SelectMany(f => (IReadOnlyCollection<Type>)f.FieldType.GetProperty(nameof(Fold<object>.EventTypes))!.GetValue(f.GetValue(null))!);
        var known = registered.Concat(applied).Concat(folded).Distinct()
            .Where(type => Features.Any(feature => type.Namespace!.StartsWith($"Supervision.Domain.{feature}", StringComparison.Ordinal)))
            .ToList();

        known.Count.ShouldBeGreaterThanOrEqualTo(19);
        known.Where(type => !typeof(IJurisdictionEvent).IsAssignableFrom(type)).ShouldBeEmpty();
    }
}
