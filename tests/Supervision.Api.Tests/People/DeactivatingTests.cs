using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.People;

[Collection(ApiCollection.Name)]
public class when_a_person_leaves_or_changes_role(AppFixture app)
{
    [Fact]
    public async Task a_deactivated_person_s_token_is_refused_from_the_next_request_on()
    {
        var district = await District.Joined(app);
        var id = await district.Registers(app, Role.Department);
        var clerk = app.As(await District.AsSignedIn(app, id));
        await clerk.GetAll("/api/inbox");

        await app.As(district.Office).Post($"/api/people/{id}/deactivate", new { reason = "调离" });

        await clerk.Get("/api/inbox", 401);
        var listed = await app.As(district.Office).Get($"/api/people/{id}");
        listed.GetProperty("active").GetBoolean().ShouldBeFalse();
        await app.As(district.Office).Post($"/api/people/{id}/deactivate", null, 409);
    }

    [Fact]
    public async Task a_token_issued_before_a_role_change_is_refused_and_one_for_the_new_role_acts()
    {
        var district = await District.Joined(app);
        var id = await district.Registers(app, Role.Department);
        var before = await District.AsSignedIn(app, id);
        await app.As(before).GetAll("/api/inbox");

        await app.As(district.Office).Post($"/api/people/{id}/roles", new { role = "leader" });

        await app.As(before).Get("/api/inbox", 401);
        var after = await District.AsSignedIn(app, id);
        (after.Role, after.Unit).ShouldBe((Role.Leader, null));
        await app.As(after).GetAll("/api/inbox");
    }

    [Fact]
    public async Task the_office_cannot_deactivate_itself_nor_touch_another_city_s_people()
    {
        var district = await District.Joined(app);
        var colleague = await district.Registers(app, Role.Office);
        var office = await District.AsSignedIn(app, colleague);

        await app.As(office).Post($"/api/people/{colleague}/deactivate", null, 409);
        await app.As(Support.People.YiwuOffice).Post($"/api/people/{colleague}/deactivate", null, 404);
        await app.As(Support.People.YiwuOffice).Post($"/api/people/{colleague}/roles", new { role = "leader" }, 404);
    }

    [Fact]
    public async Task a_token_naming_no_person_of_the_directory_is_refused()
    {
        var token = app.Host.Services.GetRequiredService<Api.Identity.TokenIssuer>()
            .Issue(new Actor("p-nobody", "无名", Role.Leader, null, "zhuji"));

        await new ApiClient(app.Host, token).Get("/api/inbox", 401);
    }
}
