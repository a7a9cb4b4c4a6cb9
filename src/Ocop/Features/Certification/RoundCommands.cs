using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

public sealed record CreateRoundRequest(string? Name, RecognitionLevel? Level, string? ProvinceCode, int? Year, DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>Evaluation rounds: a provincial officer opens their province's round; the central office opens central (5★) rounds.</summary>
public sealed class RoundCommands(OcopDb db, CertificationAccess access, AuditLog audit, TimeProvider clock, Geography.GeographyDirectory geo)
{
    public async Task<Result<EvaluationRound>> CreateAsync(CreateRoundRequest r)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(r.Name) && r.Name.Trim().Length <= 200 && !Html.ContainsMarkup(r.Name), "name", "Vui lòng nhập tên đợt đánh giá (tối đa 200 ký tự).");
        v.Require(r.Level is not null && Enum.IsDefined(r.Level.Value), "level", "Vui lòng chọn cấp đánh giá.");
        v.Require(r.Year is >= 2019 and <= 2100, "year", "Năm không hợp lệ.");
        v.Require(r.OpensOn is not null && r.ClosesOn is not null && r.OpensOn <= r.ClosesOn, "closesOn", "Ngày đóng phải sau ngày mở.");
        if (r.Level == RecognitionLevel.Province) v.Require(geo.Province(r.ProvinceCode) is not null, "provinceCode", "Vui lòng chọn tỉnh/thành phố.");
        if (v.HasErrors) return v.ToError();
        var allowed = r.Level == RecognitionLevel.Central ? access.IsCentral : access.IsProvinceOf(r.ProvinceCode) || access.IsCentral;
        if (!allowed) return AppError.Forbidden("Bạn không mở được đợt đánh giá ở cấp/địa bàn này.");
        var round = new EvaluationRound
        {
            Name = r.Name!.Trim(), Level = r.Level!.Value, ProvinceCode = r.Level == RecognitionLevel.Province ? r.ProvinceCode : null,
            Year = r.Year!.Value, OpensOn = r.OpensOn!.Value, ClosesOn = r.ClosesOn!.Value, Status = RoundStatus.Open, CreatedAt = clock.UtcNow(),
        };
        db.Add(round);
        await db.SaveChangesAsync();
        audit.Record("round.created", "round", round.Id, after: new { round.Name, round.Level, round.ProvinceCode, round.OpensOn, round.ClosesOn });
        await db.SaveChangesAsync();
        return round;
    }

    public async Task<Result<EvaluationRound>> CloseAsync(int id)
    {
        var round = await db.Set<EvaluationRound>().FirstOrDefaultAsync(x => x.Id == id);
        if (round is null) return AppError.NotFound("Không tìm thấy đợt đánh giá.");
        if (!(round.Level == RecognitionLevel.Central ? access.IsCentral : access.IsProvinceOf(round.ProvinceCode) || access.IsCentral))
            return AppError.Forbidden();
        if (round.Status == RoundStatus.Closed) return AppError.Conflict("Đợt đánh giá đã đóng.");
        round.Status = RoundStatus.Closed;
        audit.Record("round.closed", "round", id);
        await db.SaveChangesAsync();
        return round;
    }
}
