using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Marten;
using Supervision.Api.People.Seeding;
using Supervision.Api.Tests.Support;
using Supervision.Domain.People;

namespace Supervision.Api.Tests.People;

[Collection(ApiCollection.Name)]
public class when_a_seeded_installation_starts(AppFixture app)
{
    [Fact]
    public async Task the_seed_people_are_in_the_directory_under_stable_ids()
    {
        var zhuji = await app.As(Support.People.Office).GetAll("/api/people?jurisdiction=zhuji&active=true");

        var ids = zhuji.Select(p => p.GetProperty("id").GetString()).ToList();
        ids.ShouldContain("dev:zhuji:office");
        ids.ShouldContain("dev:zhuji:leader");
        ids.ShouldContain("dev:unit:zhuji.water");
        (await app.As(Support.People.ProvinceAdmin).Get($"/api/people/{SeedPeople.AdminId}")).GetProperty("jurisdiction").GetString().ShouldBe("zhejiang");
    }

    [Fact]
    public async Task starting_again_registers_nobody_twice()
    {
        await app.Host.Services.GetServices<IHostedService>().OfType<SeedPeopleOnStart>().Single().StartAsync(CancellationToken.None);

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var seeded = await session.Events.QueryRawEventDataOnly<PersonRegistered>().Where(e => e.RegisteredBy == "system:seed")
            .Select(e => e.PersonId).ToListAsync();
        seeded.ShouldContain("dev:unit:zhuji.water");
        seeded.ShouldBeUnique();
    }
}
