using Microsoft.Extensions.Options;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Standards.Gs1;

namespace Ocop.Features.Traceability;

/// <summary>Creates the producer's locations and lots (the owner, or an officer whose area holds the producer: <see cref="TraceScope"/>).</summary>
public sealed class LotCommands(OcopDb db, CurrentUser me, AuditLog audit, GeographyDirectory geo, IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    public async Task<Result<TraceLocation>> AddLocationAsync(int producerId, LocationInput input, CancellationToken ct = default)
    {
        var producer = await db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == producerId, ct);
        if (producer is null) return AppError.NotFound("Không tìm thấy chủ thể.");
        if (!TraceScope.CanManage(me, producer.Id, producer.CommuneCode, producer.ProvinceCode)) return AppError.Forbidden("Bạn chỉ quản lý địa điểm của chủ thể mình.");
        var v = new Validation();
        var name = input.Name?.Trim();
        v.Require(!string.IsNullOrEmpty(name) && name.Length <= 200, "name", "Vui lòng nhập tên địa điểm (tối đa 200 ký tự).");
        v.Require(!Html.ContainsMarkup(name), "name", "Không được nhập mã HTML hoặc script.");
        v.Require(Enum.IsDefined(input.Kind), "kind", "Loại địa điểm không hợp lệ.");
        var commune = string.IsNullOrWhiteSpace(input.CommuneCode) ? producer.CommuneCode : input.CommuneCode.Trim();
        var communeRow = geo.Commune(commune);
        v.Require(communeRow is not null, "communeCode", "Xã/phường không hợp lệ.");
        var gln = string.IsNullOrWhiteSpace(input.Gln) ? null : input.Gln.Trim();
        if (gln is not null && !Gln.TryValidate(gln, out var glnError))
            v.Add("gln", glnError == "check-digit" ? "Mã GLN sai số kiểm tra." : "Mã GLN gồm đúng 13 chữ số.");
        if (v.HasErrors) return v.ToError();

        var sequence = await db.TraceLocations.CountAsync(l => l.ProducerId == producerId, ct) + 1;
        var link = TraceIds.LocationLink(gln, options.Value.PlatformGln, producerId, sequence);
        if (await db.TraceLocations.AnyAsync(l => l.Key == link.ToPath(), ct))
            return AppError.Validation("gln", "Mã GLN này đã được dùng cho một địa điểm khác.");
        var location = new TraceLocation
        {
            ProducerId = producerId, Kind = input.Kind, Name = name!, CommuneCode = commune!, ProvinceCode = communeRow!.ProvinceCode,
            Gln = gln, Uri = link.ToUri(), Key = link.ToPath(), CreatedAt = clock.UtcNow(),
        };
        db.TraceLocations.Add(location);
        audit.Record("trace.location.created", "trace_location", location.Key, after: new { location.Name, location.Kind, location.CommuneCode, location.Gln });
        await db.SaveChangesAsync(ct);
        return location;
    }

    public async Task<Result<Lot>> CreateLotAsync(LotInput input, CancellationToken ct = default)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ProductId, ct);
        if (product is null) return AppError.Validation("productId", "Không tìm thấy sản phẩm.");
        var place = await db.Producers.Where(p => p.Id == product.ProducerId).Select(p => new { p.CommuneCode, p.ProvinceCode }).FirstAsync(ct);
        if (!TraceScope.CanManage(me, product.ProducerId, place.CommuneCode, place.ProvinceCode)) return AppError.Forbidden("Bạn chỉ tạo lô cho sản phẩm của chủ thể mình.");
        var gtin = TraceIds.Gtin14(product.Gtin);
        if (gtin is null)
            return AppError.Validation("productId", "Sản phẩm cần có mã GTIN (mã vạch) để tạo lô truy xuất; hãy thêm GTIN trong trang sản phẩm.");

        var v = new Validation();
        var number = input.Number?.Trim() ?? "";
        if (number.Length == 0) v.Add("number", "Vui lòng nhập số lô.");
        else if (number.Length > 20) v.Add("number", $"Số lô tối đa 20 ký tự (GS1 AI 10), đang có {number.Length}.");
        else if (TraceIds.LotNumberErrors(gtin, number) is { } errors)
            v.Add("number", "Số lô chỉ gồm chữ cái không dấu, chữ số và các ký hiệu GS1 (- . _ / …): " + string.Join(" ", errors));
        v.Require(input.Quantity is > 0 and < 1_000_000_000, "quantity", "Số lượng phải lớn hơn 0.");
        v.Require(LotInput.Units.Any(u => u.Code == input.Unit), "unit", "Đơn vị không hợp lệ.");
        v.Require(input.HarvestedOn is not null || input.ProducedOn is not null, "harvestedOn", "Vui lòng nhập ngày thu hoạch hoặc ngày sản xuất.");
        var first = input.HarvestedOn ?? input.ProducedOn;
        v.Require(input.ExpiresOn is null || first is null || input.ExpiresOn >= first, "expiresOn", "Hạn sử dụng phải sau ngày thu hoạch/sản xuất.");
        var today = VietnamTime.Today(clock);
        v.Require(first is null || first <= today, "harvestedOn", "Ngày thu hoạch/sản xuất không được ở tương lai.");
        if (input.OriginLocationId is { } locationId)
            v.Require(await db.TraceLocations.AnyAsync(l => l.Id == locationId && l.ProducerId == product.ProducerId, ct),
                "originLocationId", "Địa điểm không thuộc chủ thể.");
        if (!v.HasErrors && await db.Lots.AnyAsync(l => l.Gtin == gtin && l.Number == number, ct))
            v.Add("number", $"Sản phẩm đã có lô {number}.");
        if (v.HasErrors) return v.ToError();

        var lot = new Lot
        {
            ProductId = product.Id, ProducerId = product.ProducerId, Number = number, Gtin = gtin, HarvestedOn = input.HarvestedOn,
            ProducedOn = input.ProducedOn, ExpiresOn = input.ExpiresOn, Quantity = input.Quantity!.Value, Unit = input.Unit!,
            OriginLocationId = input.OriginLocationId, CreatedAt = clock.UtcNow(),
        };
        db.Lots.Add(lot);
        audit.Record("trace.lot.created", "lot", TraceIds.LotKey(gtin, number), after: new { lot.ProductId, lot.Number, lot.Quantity, lot.Unit });
        await db.SaveChangesAsync(ct);
        return lot;
    }
}

/// <summary>
/// Who manages a producer's places and lots: the producer itself, or an officer whose area holds it (a commune
/// officer its own commune only; a provincial officer the province; national officers every producer).
/// </summary>
public static class TraceScope
{
    public static bool CanManage(CurrentUser me, int producerId, string communeCode, string provinceCode) =>
        me.ProducerId == producerId || (me.IsOfficer && me.CanActOnCommune(communeCode, provinceCode));
}
