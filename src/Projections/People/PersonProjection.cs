using Supervision.Domain.People;
using Supervision.Projections.Folding;

namespace Supervision.Projections.People;

/// <summary>The inline snapshot of each person stream: the directory that tokens are checked against.</summary>
public sealed class PersonProjection() : DomainFoldProjection<Person>(Person.Folding);
