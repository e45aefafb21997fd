using Supervision.Domain.Decisions;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Domain.Tests.Jurisdictions;

public class when_a_jurisdiction_is_placed_on_a_shard
{
    private static readonly string[] Shards = ["zhejiang", "jiangsu"];
    private static readonly string[] Zhuji = ["zhuji", "shaoxing", "zhejiang"];

    [Fact]
    public void a_city_goes_to_the_shard_named_like_its_province() =>
        ShardAssignment.Choose(Zhuji, null, Shards, null).ShouldBe(("zhejiang", (Refusal?)null));

    [Fact]
    public void a_province_goes_to_its_own_shard() =>
        ShardAssignment.Choose(["jiangsu"], null, Shards, "zhejiang").Shard.ShouldBe("jiangsu");

    [Fact]
    public void a_shard_named_at_registration_wins_over_the_province() =>
        ShardAssignment.Choose(Zhuji, "jiangsu", Shards, null).Shard.ShouldBe("jiangsu");

    [Fact]
    public void a_province_without_a_shard_of_its_name_goes_to_the_default_shard() =>
        ShardAssignment.Choose(["hefei", "anhui"], null, Shards, "jiangsu").Shard.ShouldBe("jiangsu");

    [Fact]
    public void without_a_default_it_is_refused_naming_the_province_and_the_shards()
    {
        var (shard, refusal) = ShardAssignment.Choose(["hefei", "anhui"], null, Shards, null);

        shard.ShouldBeNull();
        refusal!.Kind.ShouldBe(RefusalKind.Unprocessable);
        refusal.Field.ShouldBe("shard");
        refusal.Message.ShouldContain("'anhui'");
        refusal.Message.ShouldContain("jiangsu, zhejiang");
    }

    [Fact]
    public void a_named_shard_that_does_not_exist_is_refused_not_replaced_by_the_province() =>
        ShardAssignment.Choose(Zhuji, "anhui", Shards, "zhejiang").Refusal!.Message.ShouldContain("No shard 'anhui'");

    [Fact]
    public void a_default_that_is_not_among_the_shards_places_nothing() =>
        ShardAssignment.Choose(["hefei", "anhui"], null, Shards, "shanghai").Shard.ShouldBeNull();

    [Theory]
    [InlineData("zhejiang", true)]
    [InlineData("shard-2", true)]
    [InlineData("Zhejiang", false)]
    [InlineData("a", false)]
    [InlineData("zhe_jiang", false)]
    [InlineData("zhejiang-", false)]
    [InlineData("zhejiang\n", false)]
    public void a_shard_name_is_shaped_like_a_code(string name, bool accepted) => ShardAssignment.IsName(name).ShouldBe(accepted);
}
