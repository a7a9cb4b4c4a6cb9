namespace Ocop.Browser.Tests.Pages;

/// <summary>Who looks at a page: anonymous or one of the demo accounts (README, password Ocop@2026).</summary>
public sealed record Role(string Name, string? Email)
{
    public static readonly Role Anonymous = new("anonymous", null);
    public static readonly Role Buyer = new("buyer", "nguoimua@ocop.example");
    public static readonly Role Producer = new("producer", "htx.songma@ocop.example");
    public static readonly Role Commune = new("commune", "xa.songma@ocop.example");
    public static readonly Role Province = new("province", "sonla@ocop.example");
    public static readonly Role Council = new("council", "hoidong1@ocop.example");
    public static readonly Role Central = new("central", "trunguong@ocop.example");
    public static readonly Role Host = new("host", "livestream@ocop.example");
    public static readonly Role B2b = new("b2b", "thumua@ocop.example");
    public static readonly Role Admin = new("admin", "admin@ocop.example");

    public static readonly Role[] SignedIn = [Buyer, Producer, Commune, Province, Council, Central, Host, B2b, Admin];
    public static readonly Role[] Everyone = [Anonymous, .. SignedIn];
    public static readonly Role[] Officers = [Commune, Province, Central, Admin];
    public static readonly Role[] Assessors = [Province, Central, Admin];
    public static readonly Role[] National = [Central, Admin];

    public override string ToString() => Name;
}
