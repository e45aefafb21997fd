using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Jurisdictions.Seeding;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Jurisdictions;

/// <summary>
/// data/jurisdictions.yaml seeds an empty registry once; from then on the registry answers, on every node, without the file.
/// </summary>
[Collection(ApiCollection.Name)]
public class the_registry_is_the_one_source_of_jurisdictions(AppFixture app)
{
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    private JurisdictionCatalog Catalog => app.Host.Services.GetRequiredService<JurisdictionCatalog>();

    [Fact]
    public async Task the_seed_file_was_imported_as_registrations()
    {
        var tree = await app.As(Support.People.ProvinceAdmin).Get("/api/jurisdictions");

        TreeNodes.Node(tree, "xinbei").GetProperty("parent").GetString().ShouldBe("changzhou");
        (await StoredRows.Scalar<long>("select count(*) from supervision.mt_events where type = 'jurisdiction_registered' and data ->> 'registeredBy' = 'system:seed'"))
            .ShouldBe(SeedEntries().Count);
    }

    [Fact]
    public async Task a_seed_file_edited_after_seeding_changes_nothing()
    {
        var edited = Path.GetTempFileName();
        await File.WriteAllTextAsync(edited, "- { code: seed-later, name: 后加市, parent: zhejiang }\n- { code: zhuji, name: 改名诸暨, parent: jinhua }\n");
        try
        {
            (await JurisdictionSeeds.Import(Store, Catalog, edited, app.Clock.GetUtcNow(), NullLogger.Instance, default)).ShouldBe(0);
        }
        finally
        {
            File.Delete(edited);
        }

        Catalog.Changed();
        Catalog.Find("seed-later").ShouldBeNull();
        Catalog.Find("zhuji").ShouldBe(new Jurisdiction("zhuji", "诸暨市", "shaoxing"));
    }

    [Fact]
    public async Task the_running_api_answers_without_the_seed_file_and_knows_what_the_file_lacks()
    {
        var file = SeedJurisdictionsOnStart.SeedFile(app.Host.Services.GetRequiredService<IConfiguration>());
        var city = app.NewJurisdiction();
        File.Move(file, file + ".away");
        try
        {
            Catalog.Changed();
            Catalog.WithDescendants("shaoxing").ShouldContain("zhuji");
            Catalog.Find(city).ShouldNotBeNull();
            await app.As(FreshJurisdictions.OfficeOf(city)).PostText("/api/plans/import", new SmallPlan(city).Yaml, "application/yaml");
        }
        finally
        {
            File.Move(file + ".away", file);
        }
    }

    [Fact]
    public async Task a_jurisdiction_registered_on_one_node_is_known_on_another_without_a_restart()
    {
        var city = app.NewJurisdiction();
        var otherNode = JurisdictionRegistry.Catalog(Store, app.Clock);
        otherNode.Find(city).ShouldNotBeNull();
        var code = $"n{Guid.NewGuid():N}"[..12];

        await app.As(FreshJurisdictions.OfficeOf(city)).Post("/api/jurisdictions", new { code, name = "另一节点区", parent = city }, 201);

        await Eventually.True(() => Task.FromResult(otherNode.Find(code) is not null), "the other node's catalog finds the new code", 5);
        otherNode.WithDescendants(city).ShouldBe([city, code]);
    }

    private static IReadOnlyList<Domain.Jurisdictions.Registering.RegisterJurisdiction> SeedEntries() =>
        JurisdictionSeeds.Read(RepositoryFiles.PathOf("data", "jurisdictions.yaml"));
}
