using Microsoft.AspNetCore.Identity;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Matching;
using Ocop.Features.Producers;

namespace Ocop.Data.Demo;

/// <summary>
/// Demo supply–demand connection: four verified B2B buyers (thumua@ocop.example among them) with
/// realistic demands, supply offers made from verified producers' listed products, matches computed
/// by the real engine, and deals in every state. Deterministic for a given "now".
/// </summary>
internal static class DemoMatching
{
    private sealed record DemoBuyer(string Email, string Name, string TaxCode, string Province, string Address, string Contact, string Phone);

    private static readonly DemoBuyer[] Buyers =
    [
        new("thumua@ocop.example", "Công ty Phân phối Nông sản Việt", "0101234567", "01", "Số 8 Phạm Hùng, phường Cầu Giấy", "Nguyễn Văn Hùng", "0912000111"),
        new("bepan.truonghoc@ocop.example", "Bếp ăn bán trú Trường Tiểu học Nguyễn Du", "0317654321", "79", "25 Lê Lợi, phường Sài Gòn", "Lê Thị Hạnh", "0903000222"),
        new("xuatkhau.gianvi@ocop.example", "Công ty CP Xuất khẩu Gia vị Đông Dương", "0201987654", "31", "Lô B3 KCN Đình Vũ, phường Đông Hải", "Phạm Quốc Bảo", "0936000333"),
        new("khachsan.muongthanh@ocop.example", "Chuỗi khách sạn Phương Nam", "0401122334", "48", "118 Võ Nguyên Giáp, phường Sơn Trà", "Trần Minh Tâm", "0905000444"),
    ];

    public static async Task SeedAsync(OcopDb db, UserManager<AppUser> users, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.UtcNow();
        var today = VietnamTime.Today(clock);
        var admin = await db.Users.AsNoTracking().FirstAsync(u => u.Email == "admin@ocop.example", ct);
        var organisations = new List<BuyerOrganisation>();
        foreach (var b in Buyers)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Email == b.Email, ct);
            if (user is null)
            {
                user = new AppUser { UserName = b.Email, Email = b.Email, FullName = b.Name, EmailConfirmed = true, CreatedAt = now, ProvinceCode = b.Province };
                var created = await users.CreateAsync(user, DemoSeeder.Password);
                if (!created.Succeeded) throw new InvalidOperationException($"Demo account {b.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
                await users.AddToRoleAsync(user, Roles.B2bBuyer);
            }
            organisations.Add(new BuyerOrganisation
            {
                UserId = user.Id, Name = b.Name, TaxCode = b.TaxCode, AddressLine = b.Address, ProvinceCode = b.Province, ContactName = b.Contact,
                ContactPhone = b.Phone, ContactEmail = b.Email, Status = OrganisationStatus.Verified, VerifiedAt = now, VerifiedBy = admin.Id,
                CreatedAt = now, UpdatedAt = now,
            });
        }
        db.BuyerOrganisations.AddRange(organisations);
        await db.SaveChangesAsync(ct);

        var august = new DateOnly(today.Month < 8 ? today.Year : today.Year + 1, 8, 1);
        DemandPost Demand(int org, string title, string need, int[] sets, int qty, TradeUnit unit, Frequency f, string province, DateOnly neededBy,
            long? min, long? max, int stars, StandardMark standards, DateOnly until)
        {
            var d = new DemandPost
            {
                OrganisationId = organisations[org].Id, Title = title, Need = need, Quantity = qty, Unit = unit, Frequency = f, DeliveryProvinceCode = province,
                NeededBy = neededBy, PriceMin = min, PriceMax = max, MinStars = stars, Standards = standards, ValidUntil = until,
                Folded = MatchRules.Fold(title, need), CreatedAt = now, UpdatedAt = now,
                Sets = sets.Select(s => new DemandSet { SetCode = s }).ToList(),
            };
            db.Demands.Add(d);
            return d;
        }
        var demands = new[]
        {
            Demand(0, "Nhãn tươi cho chuỗi siêu thị – 2 tấn mỗi tuần trong tháng 8", "Nhãn lồng hoặc nhãn Sông Mã loại 1, quả đều, đóng thùng 10 kg, giao kho Hà Nội.",
                [1], 2, TradeUnit.Tonne, Frequency.Weekly, "01", august, 25_000_000, 40_000_000, 3, StandardMark.VietGap, august.AddDays(30)),
            Demand(1, "Gạo tẻ thơm cho bếp ăn bán trú – hằng tháng", "Gạo thơm dẻo, bao 25 kg, có truy xuất nguồn gốc, giao trường tại TP. Hồ Chí Minh.",
                [3], 3, TradeUnit.Tonne, Frequency.Monthly, "79", today.AddDays(14), 16_000_000, 22_000_000, 0, StandardMark.VietGap, today.AddMonths(10)),
            Demand(2, "Quế, hồi khô xuất khẩu", "Quế thanh, quế ống và hoa hồi khô, độ ẩm dưới 13%, đóng bao 50 kg, giao cảng Hải Phòng.",
                [10, 20], 20, TradeUnit.Tonne, Frequency.OneOff, "31", today.AddDays(45), 40_000_000, 90_000_000, 0, StandardMark.Organic | StandardMark.Haccp, today.AddMonths(4)),
            Demand(3, "Chè xanh, chè Shan tuyết cho chuỗi khách sạn", "Chè búp khô đóng hộp 100–200 g làm quà tặng và phục vụ phòng, có chứng nhận OCOP.",
                [11, 12], 300, TradeUnit.Box, Frequency.Monthly, "48", today.AddDays(21), 80_000, 250_000, 0, StandardMark.None, today.AddMonths(6)),
            Demand(0, "Cà phê bột nguyên chất cho hệ thống cửa hàng", "Cà phê rang xay nguyên chất, túi 500 g, giao Hà Nội hằng tháng.",
                [13], 500, TradeUnit.Kg, Frequency.Monthly, "01", today.AddDays(10), 150_000, 260_000, 0, StandardMark.None, today.AddMonths(8)),
        };
        await db.SaveChangesAsync(ct);

        // Offers: verified producers' listed products in the demanded sets, each with terms suited to its set.
        var wanted = new[] { 1, 3, 10, 11, 12, 13, 20 };
        var products = await db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Listed && wanted.Contains(p.SetCode))
            .Join(db.Producers.Where(p => p.Status == ProducerStatus.Verified), p => p.ProducerId, pr => pr.Id, (p, pr) => new { p.Id, p.Name, p.SetCode, p.Price, p.Unit, pr.ProvinceCode, ProducerId = pr.Id })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var offers = new List<SupplyOffer>();
        foreach (var group in products.GroupBy(p => p.SetCode))
            foreach (var (p, i) in group.Take(6).Select((p, i) => (p, i)))
            {
                var byWeight = p.Unit is "kg" or "gói";
                var (unit, capacity, price) = p.SetCode switch
                {
                    1 => (TradeUnit.Tonne, 3 + i * 2, (p.Price > 0 && byWeight ? p.Price : 30_000) * 900),
                    3 => (TradeUnit.Tonne, 5 + i, 19_000_000L),
                    10 or 20 => (TradeUnit.Tonne, 8 + i * 4, 65_000_000L),
                    11 or 12 => (TradeUnit.Box, 200 + i * 100, p.Price),
                    _ => (TradeUnit.Kg, 400 + i * 100, p.Price * 2),
                };
                offers.Add(new SupplyOffer
                {
                    ProducerId = p.ProducerId, ProductId = p.Id, SetCode = p.SetCode, GroupCode = ProductSets.Find(p.SetCode)!.GroupCode,
                    Title = $"{p.Name} – cung cấp số lượng lớn", Description = "Nhận đơn thu mua định kỳ, có hợp đồng và hoá đơn.",
                    Capacity = capacity, Unit = unit, Period = p.SetCode is 10 or 20 ? Frequency.Monthly : Frequency.Weekly, MinOrder = 1,
                    Tiers = [new PriceTier(0, price), new PriceTier(Math.Max(2, capacity / 2), price * 95 / 100)],
                    SeasonFrom = p.SetCode == 1 ? 7 : null, SeasonTo = p.SetCode == 1 ? 9 : null,
                    Reach = i % 3 == 0 ? DeliveryDistance.Nationwide : i % 3 == 1 ? DeliveryDistance.SameRegion : DeliveryDistance.Neighbouring,
                    Standards = (i % 2 == 0 ? StandardMark.VietGap : StandardMark.None) | (i % 3 == 0 ? StandardMark.Organic : StandardMark.None)
                        | (p.SetCode is 10 or 20 && i % 2 == 0 ? StandardMark.Haccp : StandardMark.None),
                    ProvinceCode = p.ProvinceCode, ValidUntil = today.AddMonths(10), Folded = MatchRules.Fold($"{p.Name} – cung cấp số lượng lớn", p.Name),
                    CreatedAt = now, UpdatedAt = now,
                });
            }
        db.Offers.AddRange(offers);
        await db.SaveChangesAsync(ct);

        var engine = new MatchEngine(db, clock);
        foreach (var d in demands) await engine.MatchDemandAsync(d, ct);

        // One deal in each state, on the best match of each demand.
        var states = new[] { DealStatus.Agreed, DealStatus.Negotiating, DealStatus.Contacted, DealStatus.Closed, DealStatus.Declined };
        for (var i = 0; i < demands.Length; i++)
        {
            var match = await db.Matches.AsNoTracking().Where(m => m.DemandId == demands[i].Id).OrderByDescending(m => m.Score).FirstOrDefaultAsync(ct);
            if (match is null) continue;
            var offer = offers.First(o => o.Id == match.OfferId);
            var buyerId = organisations.First(o => o.Id == demands[i].OrganisationId).UserId;
            var buyer = await db.Users.AsNoTracking().FirstAsync(u => u.Id == buyerId, ct);
            var status = states[i];
            var deal = new Deal
            {
                DemandId = demands[i].Id, OfferId = offer.Id, OrganisationId = demands[i].OrganisationId, ProducerId = offer.ProducerId, OpenedBy = DealSide.Buyer,
                Status = status, MatchScore = match.Score, SetCode = offer.SetCode, ProducerProvinceCode = offer.ProvinceCode,
                DeliveryProvinceCode = demands[i].DeliveryProvinceCode, CreatedAt = now.AddDays(-6), UpdatedAt = now.AddDays(-1),
            };
            deal.Messages.Add(new DealMessage { Side = DealSide.Buyer, SenderId = buyer.Id, SenderName = buyer.FullName, Text = $"Chào anh chị, chúng tôi quan tâm đến \"{offer.Title}\". Anh chị báo giá và lịch giao giúp.", CreatedAt = now.AddDays(-6) });
            if (status != DealStatus.Contacted)
                deal.Messages.Add(new DealMessage { Side = DealSide.Producer, SenderId = "demo", SenderName = "Chủ thể", Text = "Chúng tôi đáp ứng được, giá theo bảng, giao bằng xe lạnh.", CreatedAt = now.AddDays(-5) });
            if (status is DealStatus.Agreed or DealStatus.Closed)
            {
                deal.AgreedQuantity = demands[i].Quantity * 4;
                deal.AgreedUnit = demands[i].Unit;
                deal.AgreedPrice = demands[i].PriceMax ?? offer.Tiers[0].Price;
                deal.AgreedFrom = demands[i].NeededBy;
                deal.AgreedTo = demands[i].NeededBy.AddMonths(1);
                deal.AgreedAt = now.AddDays(-2);
            }
            if (status == DealStatus.Declined) deal.DeclineReason = "Sản lượng chưa đủ cho đơn xuất khẩu.";
            db.Deals.Add(deal);
        }
        await db.SaveChangesAsync(ct);
    }
}
