using Npgsql;

namespace Ocop.Infrastructure.Events;

public static class EventsModule
{
    public const string Key = "events";

    /// <summary>The event bus: in process on SQLite (one node); on PostgreSQL also across nodes by LISTEN/NOTIFY.</summary>
    public static IServiceCollection AddEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Events").Get<EventBusOptions>() ?? new EventBusOptions();
        services.AddSingleton(options);
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Its own data source: the listener holds one connection for good, outside the EF pool.
            services.AddKeyedSingleton(Key, (_, _) => NpgsqlDataSource.Create(
                new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Ocop")) { KeepAlive = 30, Enlist = false }.ToString()));
            services.AddSingleton<PostgresNotifySender>();
            services.AddSingleton<IEventTransport>(sp => sp.GetRequiredService<PostgresNotifySender>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresNotifySender>());
            services.AddSingleton(sp => new InProcessEventBus(sp.GetRequiredService<ILogger<InProcessEventBus>>(), sp.GetRequiredService<IEventTransport>()));
            services.AddSingleton<PostgresEventListener>();
            services.AddHostedService(sp => sp.GetRequiredService<PostgresEventListener>());
        }
        else
        {
            services.AddSingleton(sp => new InProcessEventBus(sp.GetRequiredService<ILogger<InProcessEventBus>>()));
        }
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InProcessEventBus>());
        return services;
    }
}
