using System.Text.Json;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.People;

[Collection(ApiCollection.Name)]
public class when_an_office_registers_its_people(AppFixture app)
{
    private static readonly object Contacts = new { email = "zhang@example.gov.cn", mobile = "13900001111", dingtalk = "zhang.san" };

    [Fact]
    public async Task a_clerk_of_its_unit_joins_the_directory_and_can_act_for_the_unit()
    {
        var district = await District.Joined(app);

        var id = await district.Registers(app, Role.Department, Contacts);

        var seen = await app.As(district.Office).Get($"/api/people/{id}");
        (seen.GetProperty("name").GetString(), seen.GetProperty("role").GetString(), seen.GetProperty("unit").GetString(), seen.GetProperty("active").GetBoolean())
            .ShouldBe(("张三", "department", district.Unit, true));
        var clerk = await District.AsSignedIn(app, id);
        (await app.As(clerk).GetAll("/api/inbox")).ShouldNotBeNull();
    }

    [Fact]
    public async Task contacts_are_shown_to_the_office_the_admin_and_the_person_only()
    {
        var district = await District.Joined(app);
        var id = await district.Registers(app, Role.Department, Contacts);
        var colleague = await District.AsSignedIn(app, await district.Registers(app, Role.Department));

        string? MobileSeenBy(JsonElement person) =>
            person.TryGetProperty("contacts", out var c) && c.ValueKind == JsonValueKind.Object ? c.GetProperty("mobile").GetString() : null;

        MobileSeenBy(await app.As(district.Office).Get($"/api/people/{id}")).ShouldBe("13900001111");
        MobileSeenBy(await app.As(Support.People.ProvinceAdmin).Get($"/api/people/{id}")).ShouldBe("13900001111");
        MobileSeenBy(await app.As(await District.AsSignedIn(app, id)).Get($"/api/people/{id}")).ShouldBe("13900001111");
        MobileSeenBy(await app.As(colleague).Get($"/api/people/{id}")).ShouldBeNull();
        MobileSeenBy(await app.As(district.Leader).Get($"/api/people/{id}")).ShouldBeNull();
    }

    [Fact]
    public async Task the_list_filters_by_unit_in_the_database_and_is_paged()
    {
        var district = await District.Joined(app);
        await district.Registers(app, Role.Department);
        await district.Registers(app, Role.Department);
        await district.Registers(app, Role.Leader);

        var clerks = await app.As(district.Office).Send(s => s.Get.Url($"/api/people?jurisdiction={district.Code}&unit={district.Unit}&pageSize=1"));

        clerks.Context.Response.Headers["X-Total-Count"].ToString().ShouldBe("2");
        (await clerks.ReadAsJsonAsync<JsonElement>()).GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"name":"张三","role":"department","jurisdiction":"JUR","unit":"yiwu.water"}""", 404, "unit")]
    [InlineData("""{"name":"张三","role":"department","jurisdiction":"JUR"}""", 400, "unit")]
    [InlineData("""{"name":"张三","role":"Office","jurisdiction":"JUR"}""", 400, "role")]
    [InlineData("""{"name":"张三","role":"leader","jurisdiction":"JUR","contacts":{"email":"zhang@"}}""", 400, "contacts.email")]
    [InlineData("""{"name":"张三","role":"leader","jurisdiction":"JUR","contacts":{"mobile":"12345"}}""", 400, "contacts.mobile")]
    [InlineData("""{"name":"张三","role":"leader","jurisdiction":"JUR","contacts":{"dingtalk":"钉钉"}}""", 400, "contacts.dingtalk")]
    [InlineData("""{"name":"张三","role":"leader","jurisdiction":"JUR","subject":"a b"}""", 400, "subject")]
    [InlineData("""{"name":"","role":"leader","jurisdiction":"JUR"}""", 400, "name")]
    [InlineData("""{"name":"张三","role":"leader","jurisdiction":"JUR","active":false}""", 400, "active")]
    [InlineData("""{"name":"张三","role":"admin","jurisdiction":"JUR"}""", 403, null)]
    [InlineData("""{"name":"张三","role":"leader","jurisdiction":"yiwu"}""", 403, null)]
    public async Task a_refused_registration_names_the_field_and_registers_nobody(string body, int status, string? field)
    {
        var district = await District.Joined(app);

        var refused = await app.As(district.Office).Post("/api/people", body.Replace("JUR", district.Code), status);

        if (field is not null) refused.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(refused.ToString());
        (await app.As(district.Office).GetAll($"/api/people?jurisdiction={district.Code}")).Select(p => p.GetProperty("id").GetString())
            .ShouldBe([district.Office.UserId]);
    }

    [Fact]
    public async Task a_department_is_refused_before_its_body_is_read() =>
        await app.As(Support.People.Department(Support.People.WaterBureau)).Post("/api/people", "{not json", 403);

    [Fact]
    public async Task an_administrator_registers_an_office_person_of_a_new_district()
    {
        var district = await District.Joined(app);

        var id = await district.Registers(app, Role.Office, by: Support.People.ProvinceAdmin);

        var office = await District.AsSignedIn(app, id);
        (await app.As(office).Get($"/api/people/{id}")).GetProperty("role").GetString().ShouldBe("office");
    }

    [Fact]
    public async Task a_subject_is_linked_to_one_person_only()
    {
        var district = await District.Joined(app);
        var subject = $"E{Guid.NewGuid():N}";
        var first = await district.Registers(app, Role.Leader, subject: subject);
        var second = await district.Registers(app, Role.Leader);

        var conflict = await app.As(district.Office).Post($"/api/people/{second}/link", new { subject }, 409);

        conflict.GetProperty("errors").TryGetProperty("subject", out _).ShouldBeTrue();
        (await app.As(district.Office).Get($"/api/people/{first}")).GetProperty("subject").GetString().ShouldBe(subject);
        await app.As(district.Office).Post($"/api/people/{second}/link", new { subject = subject + "-2" });
    }
}
