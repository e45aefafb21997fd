using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Platform;

public class when_the_api_chooses_whether_to_accept_its_signing_key
{
    private const string Secret = "a-key-generated-for-this-installation-0123456789";

    private static string? Refusal(string? key, string environment, params (string Key, string Value)[] settings) =>
        SigningKeyPolicy.Refusal(new AuthSettings { SigningKey = key }, new Environment(environment),
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void a_secret_key_is_accepted_wherever_the_api_listens() =>
        Refusal(Secret, "Production", ("urls", "http://0.0.0.0:8080")).ShouldBeNull();

    [Fact]
    public void no_key_is_refused_even_in_development() =>
        Refusal(null, "Development").ShouldNotBeNull().ShouldContain("./supervise run generates one");

    [Fact]
    public void a_short_key_is_refused() => Refusal("short", "Development").ShouldNotBeNull();

    [Theory]
    [InlineData(AppFixture.SigningKey)]
    [InlineData("supervision-development-only-signing-key-do-not-use-in-production")]
    public void a_committed_key_serves_only_a_local_development_host_on_loopback(string committed)
    {
        Refusal(committed, "Development").ShouldBeNull();
        Refusal(committed, "Testing", ("urls", "http://127.0.0.1:5080;http://[::1]:5080")).ShouldBeNull();
        Refusal(committed, "Development", ("urls", "http://0.0.0.0:5080")).ShouldNotBeNull().ShouldContain("beyond loopback");
        Refusal(committed, "Development", ("http_ports", "8080")).ShouldNotBeNull();
        Refusal(committed, "Development", ("Kestrel:Endpoints:Http:Url", "http://10.0.0.5:80")).ShouldNotBeNull();
        Refusal(committed, "Production").ShouldNotBeNull().ShouldContain("committed to the repository");
    }

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.8.9.10:5080", true)]
    [InlineData("https://[::1]:5443/", true)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://example.gov.cn:80", false)]
    public void loopback_addresses_are_told_from_the_others(string url, bool loopback) =>
        ListenAddresses.IsLoopback(url).ShouldBe(loopback);

    [Fact]
    public async Task a_host_with_the_committed_key_on_every_interface_refuses_to_start()
    {
        var failure = await Should.ThrowAsync<InvalidOperationException>(() => AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("urls", "http://0.0.0.0:5999");
            builder.UseSetting("ConnectionStrings:Marten", AppFixture.ConnectionString);
            builder.UseSetting("Auth:SigningKey", AppFixture.SigningKey);
        }));
        failure.Message.ShouldContain("committed to the repository");
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Supervision.Api";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
