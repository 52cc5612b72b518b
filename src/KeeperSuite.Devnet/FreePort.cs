using System.Net;
using System.Net.Sockets;

namespace KeeperSuite.Devnet;

/// <summary>Finds a TCP port on 127.0.0.1 that is free right now (the OS picks it).</summary>
public static class FreePort
{
    /// <summary>Returns a currently unused loopback port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
