using System.Text.Json;
using FluentValidation;
using Supervision.Domain;

namespace Supervision.Api.Infrastructure;

/// <summary>Runs the FluentValidation validator of a request body before the endpoint; field names come out camelCase.</summary>
public static class Validation
{
    static Validation()
    {
        // A rule stops at its first failure, so a later check never sees the null an earlier one refused.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }

    public static RouteHandlerBuilder Validated<T>(this RouteHandlerBuilder builder, bool bodyRequired = true) where T : class =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var body = context.Arguments.OfType<T>().FirstOrDefault();
            if (body is null)
            {
                return bodyRequired
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] },
                        title: Problems.Title(400))
                    : await next(context);
            }
            var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
            var result = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
            return result.IsValid
                ? await next(context)
                : Results.ValidationProblem(result.ToDictionary(), title: Problems.Title(400),
                    detail: string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
        }).ProducesValidationProblem();

    /// <summary>Length and list limits shared by every request: no unbounded strings reach the event store.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).Must(InputLimits.IsClean)
            .WithMessage("'{PropertyName}' must not contain control characters.");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().Text(maxLength);
}
