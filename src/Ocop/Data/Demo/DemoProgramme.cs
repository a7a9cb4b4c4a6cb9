using Ocop.Features.Catalog;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Features.Insights;
using Ocop.Features.Producers;
using Ocop.Features.Programme;

namespace Ocop.Data.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>The demo household that has a storefront and a bank account but has not listed its product yet (browser journey).</summary>
    public const string ReadyHouseholdEmail = "ho.lovanpom@ocop.example";
    public const string ReadyHouseholdPhone = "0968123457";

    private static readonly (string Province, string Title, TrainingTopic Topic, string Trainer)[] DemoCourses =
    [
        ("19", "Bán hàng qua livestream cho hộ trồng chè", TrainingTopic.LivestreamSelling, "ThS. Hoàng Thị Thu Trang"),
        ("19", "Mở gian hàng và nhận tiền bằng VietQR", TrainingTopic.VietQrPayments, "Trung tâm Khuyến công Thái Nguyên"),
        ("14", "Kể chuyện sản phẩm OCOP vùng cao", TrainingTopic.ProductStories, "Đoàn Thanh niên tỉnh Sơn La"),
        ("14", "Vận hành gian hàng trên OCOP Hub", TrainingTopic.Storefront, "Sở Công Thương Sơn La"),
        ("42", "Đưa sản phẩm OCOP lên sàn thương mại điện tử", TrainingTopic.Ecommerce, "Bưu điện tỉnh Hà Tĩnh"),
        ("42", "Bán hàng qua livestream", TrainingTopic.LivestreamSelling, "ThS. Nguyễn Văn Hoà"),
    ];

    /// <summary>
    /// Trainings in Thái Nguyên (19), Sơn La (14) and Hà Tĩnh (42) over the last six quarters, attended by
    /// the demo producers of those provinces (linked by phone) and by households not yet registered;
    /// paid orders for a third of the trained producers, yearly targets, one household ready to list
    /// its first product, and snapshots at the end of each past quarter so the charts show trends.
    /// </summary>
    private async Task ProgrammeAsync(DemoPlan plan, CancellationToken ct)
    {
        var rng = new Random(DemoPlan.Seed + 8);
        var now = clock.UtcNow();
        var today = VietnamTime.Today(clock);
        var courses = DemoCourses.Select(c => new TrainingCourse { Title = c.Title, Topic = c.Topic, ProvinceCode = c.Province, CreatedAt = now.AddDays(-540) }).ToList();
        db.AddRange(courses);
        await db.SaveChangesAsync(ct);

        var attendance = new List<TrainingAttendance>();
        var orders = new List<Order>();
        foreach (var province in new[] { "19", "14", "42" })
        {
            var producers = plan.Producers.Select(p => p.Producer).Where(p => p.ProvinceCode == province).ToList();
            var communes = producers.Select(p => p.CommuneCode).Distinct().ToList();
            var sessions = new List<TrainingSession>();
            foreach (var (course, i) in courses.Where(c => c.ProvinceCode == province).SelectMany(c => Enumerable.Range(0, 3).Select(i => (c, i))))
            {
                var start = today.AddDays(-30 - 85 * (sessions.Count + i) % 500 - rng.Next(20));
                sessions.Add(new TrainingSession
                {
                    CourseId = course.Id, ProvinceCode = province, CommuneCode = i == 2 ? null : communes[rng.Next(communes.Count)],
                    StartsOn = start, EndsOn = start.AddDays(1), Trainer = DemoCourses.First(c => c.Title == course.Title).Trainer, CreatedAt = now.AddDays(-600),
                });
            }
            db.AddRange(sessions);
            await db.SaveChangesAsync(ct);

            foreach (var (p, i) in producers.Where(p => p.Status == ProducerStatus.Verified).Select((p, i) => (p, i)))
            {
                var s = sessions[i % sessions.Count];
                attendance.Add(Attend(s, p.RepresentativeName, p.Phone, p.CommuneCode, p.Id));
                if (i % 3 != 0) continue;
                var product = plan.Products.FirstOrDefault(x => x.Producer == p && x.Product.Status == ProductStatus.Listed)?.Product;
                if (product is null) continue;
                for (var k = 0; k < 1 + rng.Next(6); k++)
                {
                    var placed = s.EndsOn.ToDateTime(new TimeOnly(9, 0)).AddDays(rng.Next(5, 400));
                    if (placed > now.AddDays(-1)) placed = now.AddDays(-1 - rng.Next(10));
                    orders.Add(DemoOrder(p, product, 1 + rng.Next(3), DateTime.SpecifyKind(placed, DateTimeKind.Utc), rng));
                }
            }
            // Households trained but not (yet) registered: they stay at the first stage of the funnel.
            for (var h = 0; h < 12; h++)
            {
                var s = sessions[rng.Next(sessions.Count)];
                var person = DemoPeople.Pick(rng, producers).RepresentativeName.Split(' ');
                attendance.Add(Attend(s, $"{person[0]} Thị {DemoPeople.Pick(rng, ["Hằng", "Mai", "Xuân", "Lan", "Dung", "Thu"])}",
                    "09" + rng.Next(10_000_000, 99_999_999), s.CommuneCode ?? communes[rng.Next(communes.Count)], null));
            }
            db.Add(new ProvinceTarget
            {
                ProvinceCode = province, Year = today.Year, Trained = 60, Storefronts = 40, PaymentAccounts = 35, ListedProducers = 30, Selling = 20, UpdatedAt = now,
            });
        }
        attendance = attendance.DistinctBy(a => (a.SessionId, a.Phone)).ToList();
        db.AddRange(attendance);
        await numbers.AssignAsync(db, orders, ct);
        db.AddRange(orders);
        await db.SaveChangesAsync(ct);

        await ReadyHouseholdAsync(plan, now, ct);

        var snapshots = new SnapshotBuilder(db, null, clock);
        foreach (var end in SnapshotBuilder.QuarterEnds(now, 6)) await snapshots.TakeAsync(end, ct);
        logger.LogInformation("Demo programme: {Courses} courses, {Attendance} attendances, {Orders} orders, 6 quarterly snapshots", courses.Count, attendance.Count, orders.Count);

        TrainingAttendance Attend(TrainingSession s, string name, string phone, string commune, int? producerId) => new()
        {
            SessionId = s.Id, FullName = name, Phone = PhoneNumbers.Canonical(phone), CommuneCode = commune,
            ProvinceCode = s.ProvinceCode, AttendedOn = s.StartsOn, ProducerId = producerId, CreatedAt = now,
        };
    }

    private static Order DemoOrder(Producer p, Product product, int quantity, DateTime placed, Random rng)
    {
        var total = product.Price * quantity;
        return new Order
        {
            Code = $"DEMO{rng.NextInt64(1_000_000_000, 9_999_999_999)}", CheckoutId = Guid.NewGuid(), ProducerId = p.Id, ProducerName = p.Name,
            LookupToken = Guid.NewGuid().ToString("N"), Status = OrderStatus.Completed, PaymentMethod = PaymentMethod.VietQr,
            RecipientName = "Nguyễn Thị Mai", Phone = "0987000111", AddressLine = "12 Phố Huế", CommuneCode = "00070", ProvinceCode = "01", CarrierCode = "vnpost",
            PayeeBankBin = p.BankBin, PayeeAccountNumber = p.BankAccountNumber, PayeeAccountName = p.BankAccountName,
            Subtotal = total, Total = total, AmountPaid = total, PlacedAt = placed, PaidAt = placed.AddMinutes(20), ShippedAt = placed.AddDays(1),
            DeliveredAt = placed.AddDays(3), ClosedAt = placed.AddDays(3),
            Lines = [new OrderLine { ProductId = product.Id, ProductName = product.Name, Unit = product.Unit, UnitPrice = product.Price, Quantity = quantity }],
        };
    }

    /// <summary>A Sơn La household business with its storefront and VietQR account, whose only product is still a draft.</summary>
    private async Task ReadyHouseholdAsync(DemoPlan plan, DateTime now, CancellationToken ct)
    {
        var p = new Producer
        {
            Name = "Hộ kinh doanh Lò Văn Pọm", Slug = "ho-kinh-doanh-lo-van-pom", LegalForm = LegalForm.HouseholdBusiness, RepresentativeName = "Lò Văn Pọm",
            RepresentativeGender = Gender.Male, RepresentativeIsEthnicMinority = true, RepresentativeEthnicity = "Thái", Phone = ReadyHouseholdPhone,
            CommuneCode = DemoPlan.SongMaCommune, ProvinceCode = "14", BankBin = "970405", BankAccountNumber = "8800123456789", BankAccountName = "LO VAN POM",
            Tagline = "Măng rừng sấy khô", Status = ProducerStatus.Verified, VerifiedAt = now.AddDays(-20), CreatedAt = now.AddDays(-30), UpdatedAt = now.AddDays(-20),
        };
        db.Add(p);
        await db.SaveChangesAsync(ct);
        var template = plan.Products.First(x => x.Producer.ProvinceCode == "14").Product;
        db.Add(new Product
        {
            ProducerId = p.Id, SetCode = template.SetCode, Name = "Măng rừng sấy khô Sông Mã", Slug = "mang-rung-say-kho-song-ma", Unit = "túi 500 g",
            NetWeightGrams = 500, Price = 150_000, Stock = 40, Status = ProductStatus.Draft, ProvinceCode = "14", CreatedAt = now.AddDays(-10), UpdatedAt = now.AddDays(-10),
            Description = "Măng rừng hái tay, sấy than củi.",
        });
        await db.SaveChangesAsync(ct);
        await AccountAsync(ReadyHouseholdEmail, p.RepresentativeName, Roles.Producer, "14", p.CommuneCode, p.Id);
    }
}
