using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ocop.Tests.Livestream;

/// <summary>Another application node on the same database as <paramref name="first"/> (scale-out: two hosts, one PostgreSQL).</summary>
public sealed class SecondNode(OcopApp first) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var config = first.Services.GetRequiredService<IConfiguration>();
        builder.UseEnvironment("Testing");
        foreach (var key in new[] { "App:PublicBaseUrl", "Database:Provider", "Media:Root", "Media:MaxImageBytes", "RateLimits:LoginPerMinute", "RateLimits:RegisterPerHour", "Logging:LogLevel:Default", "Database:QueryWarningsAsErrors" })
            builder.UseSetting(key, config[key]);
        builder.UseSetting("ConnectionStrings:Ocop", config.GetConnectionString("Ocop"));
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
    }
}

public static class Nodes
{
    public static SecondNode SecondNode(this OcopApp app)
    {
        var node = new SecondNode(app);
        _ = node.Server;
        return node;
    }
}
