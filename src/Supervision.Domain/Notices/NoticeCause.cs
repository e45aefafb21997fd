namespace Supervision.Domain.Notices;

/// <summary>
/// What an event means for notices: its kind, the units it is addressed to (a notice never goes to another unit), the item
/// it links to, and a short line about it.
/// </summary>
/// <param name="Item">The workbench's path of the item: <c>tasks/{id}</c>, <c>findings/{id}</c>, <c>inspections/{id}</c>.</param>
public sealed record NoticeCause(NoticeKind Kind, IReadOnlyList<string> Units, string Item, string Line, bool Urgent = false);
