using System.Net;
using System.Net.Sockets;

namespace Ocop.Testing;

/// <summary>What tests that start the app as a process need of this machine (linked into each test project).</summary>
internal static class LocalMachine
{
    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The checkout's root: the folder above the test binaries that holds Ocop.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ocop.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ocop.slnx not found above " + AppContext.BaseDirectory);
    }
}
