using Microsoft.Extensions.Configuration;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// Jurisdictions are tenants unless an installation asks for one tenant by name; a value the setting does not define
/// stops the start instead of quietly choosing one layout or the other.
/// </summary>
public sealed class when_the_tenancy_setting_is_read
{
    [Theory]
    [InlineData(null, Infrastructure.Tenancy.Style.Jurisdiction)]
    [InlineData("", Infrastructure.Tenancy.Style.Jurisdiction)]
    [InlineData("jurisdiction", Infrastructure.Tenancy.Style.Jurisdiction)]
    [InlineData("Jurisdiction", Infrastructure.Tenancy.Style.Jurisdiction)]
    [InlineData("single", Infrastructure.Tenancy.Style.Single)]
    [InlineData("SINGLE", Infrastructure.Tenancy.Style.Single)]
    public void jurisdiction_is_the_default_and_single_is_asked_for_by_name(string? value, Infrastructure.Tenancy.Style expected)
    {
        Infrastructure.Tenancy.StyleOf(Settings(value)).ShouldBe(expected);
        Infrastructure.Tenancy.Enabled(Settings(value)).ShouldBe(expected == Infrastructure.Tenancy.Style.Jurisdiction);
    }

    [Theory]
    [InlineData("partitioned")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("single; drop schema supervision")]
    [InlineData("none")]
    [InlineData("jurisdiction,single")]
    [InlineData(" single")]
    public void any_other_value_stops_the_start_and_names_the_two_it_takes(string value)
    {
        var refused = Should.Throw<InvalidOperationException>(() => Infrastructure.Tenancy.StyleOf(Settings(value)));

        refused.Message.ShouldContain("'jurisdiction'");
        refused.Message.ShouldContain("'single'");
    }

    private static IConfiguration Settings(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Infrastructure.Tenancy.ConfigurationKey] = value }).Build();
}
