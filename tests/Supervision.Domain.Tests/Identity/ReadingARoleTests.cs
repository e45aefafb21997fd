using Supervision.Domain.Identity;

namespace Supervision.Domain.Tests.Identity;

public class when_a_role_is_read_from_a_token
{
    [Theory]
    [InlineData("office", Role.Office)]
    [InlineData("department", Role.Department)]
    [InlineData("leader", Role.Leader)]
    [InlineData("admin", Role.Admin)]
    public void each_defined_name_is_its_role(string claim, Role role)
    {
        Actor.TryParseRole(claim, out var read).ShouldBeTrue();
        read.ShouldBe(role);
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("office,admin")]
    [InlineData("office, department")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData(" admin")]
    [InlineData("superuser")]
    [InlineData(null)]
    public void anything_else_is_no_role(string? claim) => Actor.TryParseRole(claim, out _).ShouldBeFalse();
}
