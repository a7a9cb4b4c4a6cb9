namespace Ocop.Features.Programme;

/// <summary>What a digital-skills course teaches.</summary>
public enum TrainingTopic
{
    LivestreamSelling = 1,   // bán hàng qua livestream
    Storefront = 2,          // mở và vận hành gian hàng
    VietQrPayments = 3,      // thanh toán VietQR, tài khoản ngân hàng
    ProductStories = 4,      // kể chuyện sản phẩm
    Ecommerce = 5,           // đưa sản phẩm lên sàn thương mại điện tử
}

public static class TrainingLabels
{
    public static string Of(TrainingTopic t) => t switch
    {
        TrainingTopic.LivestreamSelling => "Bán hàng qua livestream",
        TrainingTopic.Storefront => "Mở và vận hành gian hàng",
        TrainingTopic.VietQrPayments => "Thanh toán VietQR",
        TrainingTopic.ProductStories => "Kể chuyện sản phẩm",
        TrainingTopic.Ecommerce => "Đưa sản phẩm lên sàn",
        _ => t.ToString(),
    };
}

/// <summary>A digital-skills course (khoá tập huấn) run by a province (or the central office when ProvinceCode is null).</summary>
public sealed class TrainingCourse
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public TrainingTopic Topic { get; set; }
    public string? ProvinceCode { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// One session (lớp) of a course: held in a commune or online, on one or more days, by a trainer.
/// Attendance dates must fall between <see cref="StartsOn"/> and <see cref="EndsOn"/>.
/// </summary>
public sealed class TrainingSession
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public required string ProvinceCode { get; set; }
    /// <summary>Null for an online session.</summary>
    public string? CommuneCode { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Trainer { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool Online => CommuneCode is null;
}

/// <summary>
/// A household or producer who attended a session. A household need not be a producer yet: the
/// phone (stored as 0xxxxxxxxx) links it to the producer registered with that phone, now or later.
/// </summary>
public sealed class TrainingAttendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public required string FullName { get; set; }
    public required string Phone { get; set; }
    public required string CommuneCode { get; set; }
    public required string ProvinceCode { get; set; }
    public DateOnly AttendedOn { get; set; }
    /// <summary>The producer with this phone when the attendance was recorded (the funnel also links later registrations by phone).</summary>
    public int? ProducerId { get; set; }
    public DateTime CreatedAt { get; set; }

    public TrainedPerson Person() => new(Phone, CommuneCode, ProvinceCode, ProducerId);
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TrainingCourse> b)
    {
        b.ToTable("prog_courses");
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.HasIndex(c => c.ProvinceCode);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("prog_sessions");
        b.Property(s => s.ProvinceCode).HasMaxLength(2);
        b.Property(s => s.CommuneCode).HasMaxLength(5);
        b.Property(s => s.Trainer).HasMaxLength(120);
        b.Ignore(s => s.Online);
        b.HasOne<TrainingCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Geography.Commune>().WithMany().HasForeignKey(s => s.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ProvinceCode, s.StartsOn });
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TrainingAttendance> b)
    {
        b.ToTable("prog_attendance");
        b.Property(a => a.FullName).HasMaxLength(120);
        b.Property(a => a.Phone).HasMaxLength(20);
        b.Property(a => a.CommuneCode).HasMaxLength(5);
        b.Property(a => a.ProvinceCode).HasMaxLength(2);
        b.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Geography.Commune>().WithMany().HasForeignKey(a => a.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.SessionId, a.Phone }).IsUnique();
        b.HasIndex(a => new { a.ProvinceCode, a.CommuneCode });
        b.HasIndex(a => a.Phone);
    }
}
