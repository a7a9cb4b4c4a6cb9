using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Ocop.Tests.Infrastructure;

/// <summary>
/// The test server has no TCP peer, and ASP.NET Core treats a missing peer address as a local proxy. A real
/// server always knows the peer: this gives every test request one, <see cref="Default"/> (a client on the
/// internet) or the address in the <see cref="Header"/> header, so tests can play a client or a configured proxy.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";
    public static readonly IPAddress Default = IPAddress.Parse("198.51.100.77");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((ctx, nextMiddleware) =>
        {
            ctx.Connection.RemoteIpAddress = IPAddress.TryParse(ctx.Request.Headers[Header], out var ip) ? ip : Default;
            ctx.Request.Headers.Remove(Header);
            return nextMiddleware(ctx);
        });
        next(app);
    };
}
