using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public sealed record RefundDto(int Id, long Amount, string State, string Reason, DateTime CreatedAt, string? Method, string? Reference, DateTime? SettledAt);
public sealed record SettleRefundRequest(string? Method, string? Reference);

/// <summary>The producer settles the refund of a cancelled or returned order: how it paid the buyer back, and the bank reference. Audited.</summary>
public sealed class Refunds(OcopDb db, OrderAccess access, AuditLog audit, CurrentUser me, TimeProvider clock)
{
    public async Task<Result<RefundDto>> SettleAsync(string code, SettleRefundRequest request, CancellationToken ct = default)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct);
        if (order is null || !access.IsSeller(order)) return OrderAccess.NotFound(code);
        var refund = await db.Refunds.FirstOrDefaultAsync(r => r.OrderId == order.Id, ct);
        if (refund is null) return AppError.NotFound(Lang.Text("Đơn {0} không có khoản hoàn tiền nào.", code));
        var method = request.Method?.Trim().ToLowerInvariant() switch
        {
            "bank_transfer" or "banktransfer" => RefundMethod.BankTransfer,
            "cash" => RefundMethod.Cash,
            _ => (RefundMethod?)null,
        };
        var reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim();
        var v = new Validation();
        v.Require(method is not null, "method", "Hình thức hoàn tiền phải là \"bank_transfer\" (chuyển khoản) hoặc \"cash\" (tiền mặt).");
        v.Require(method != RefundMethod.BankTransfer || reference is not null, "reference", "Vui lòng ghi mã giao dịch chuyển khoản hoàn tiền.");
        v.Require(reference is null || (reference.Length <= 60 && !Html.ContainsMarkup(reference)), "reference", "Mã tham chiếu tối đa 60 ký tự, không có mã HTML.");
        if (v.HasErrors) return v.ToError();
        var refused = refund.Settle(method!.Value, reference, me.Id, clock.UtcNow());
        if (refused is not null) return refused;
        audit.Record("refund.settled", "order", code, new { State = nameof(RefundState.Owed) },
            new { State = nameof(RefundState.Settled), refund.Amount, Method = refund.Method.ToString(), refund.Reference });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return AppError.Conflict("Khoản hoàn tiền này vừa được ghi nhận ở nơi khác."); }
        return ToDto(refund);
    }

    public static RefundDto ToDto(Refund r) => new(r.Id, r.Amount, r.State.ToString(), r.Reason, r.CreatedAt,
        r.Method switch { RefundMethod.BankTransfer => "bank_transfer", RefundMethod.Cash => "cash", _ => null }, r.Reference, r.SettledAt);
}
