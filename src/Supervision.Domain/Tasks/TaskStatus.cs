namespace Supervision.Domain.Tasks;

public enum SupervisedTaskStatus { Assigned, InProgress, CompletionRequested, Closed, Withdrawn }
