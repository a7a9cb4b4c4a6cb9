namespace Ocop.Standards.VietQr;

/// <summary>Point of initiation method (tag 01).</summary>
public enum VietQrInitiation
{
    /// <summary>"11": a reusable code, usually without an amount.</summary>
    Static,

    /// <summary>"12": a code for one transaction, usually with an amount.</summary>
    Dynamic,
}
