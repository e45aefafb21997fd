using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Support;

/// <summary>The cast of the stories: one office, departments and a leader of 诸暨, and an office of 义乌.</summary>
public static class People
{
    public const string Jurisdiction = "zhuji";
    public const string WaterBureau = "zhuji.water";
    public const string HousingBureau = "zhuji.construction";
    public const string AgricultureBureau = "zhuji.agriculture-rural";

    public static readonly Actor Office = new("zhuji-office-1", "诸暨市督考办", Role.Office, null, Jurisdiction);
    public static readonly Actor Leader = new("zhuji-leader-1", "诸暨市领导", Role.Leader, null, Jurisdiction);
    public static readonly Actor Admin = new("admin-1", "管理员", Role.Admin, null, Jurisdiction);
    public static readonly Actor ProvinceAdmin = new("admin-zhejiang", "管理员", Role.Admin, null, "zhejiang");
    public static readonly Actor ProvinceLeader = new("zhejiang-leader-1", "浙江省领导", Role.Leader, null, "zhejiang");
    public static readonly Actor YiwuOffice = new("yiwu-office-1", "义乌市督考办", Role.Office, null, "yiwu");
    public static readonly Actor YiwuWater = new("yiwu-water-1", "义乌市水务局", Role.Department, "yiwu.water", "yiwu");

    /// <summary>The office under a user of its own, so a class's many requests count against no other test's rate limit.</summary>
    public static Actor OfficeAs(string userId) => Office with { UserId = userId };

    public static Actor Department(string unit) => new($"{unit}-user", unit, Role.Department, unit, Jurisdiction);
}
