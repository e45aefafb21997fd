using FluentValidation;
using Supervision.Domain;

namespace Supervision.Api.Infrastructure;

/// <summary>The domain's <see cref="InputLimits"/> as request validation rules, so a JSON body and a plan file keep the same bounds.</summary>
public static class InputLimitRules
{
    public static IRuleBuilderOptions<T, DateOnly?> BusinessDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || InputLimits.IsBusinessDate(d.Value))
            .WithMessage($"A date between {InputLimits.FirstYear} and {InputLimits.LastYear}.");

    public static IRuleBuilderOptions<T, int?> BusinessYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(InputLimits.FirstYear, InputLimits.LastYear);

    public static IRuleBuilderOptions<T, int?> BaselineYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(InputLimits.FirstBaselineYear, InputLimits.LastYear);

    public static IRuleBuilderOptions<T, decimal?> MeasuredValue<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(-InputLimits.LargestValue, InputLimits.LargestValue);

    public static IRuleBuilderOptions<T, int?> DueDay<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(InputLimits.FirstDueDay, InputLimits.LastDueDay);

    /// <summary>A list of at most <paramref name="max"/> entries (none at all passes).</summary>
    public static IRuleBuilderOptions<T, List<TItem>?> AtMost<T, TItem>(this IRuleBuilder<T, List<TItem>?> rule, int max, string what) =>
        rule.Must(list => list is null || list.Count <= max).WithMessage($"At most {max} {what}.");
}
