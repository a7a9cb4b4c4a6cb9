namespace Ocop.Features.Certification;

/// <summary>
/// Daily upkeep of certificates: expired ones are marked Expired (and the product loses the OCOP
/// mark), and producers are reminded 90 and 30 days before expiry to start a re-evaluation.
/// </summary>
public sealed class CertificateLifecycle(OcopDb db, CertificateCommands commands, Identity.AuditLog audit, TimeProvider clock)
{
    public static readonly int[] ReminderDays = [90, 30];

    public async Task<(int Expired, int Reminded)> RunAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var expired = await db.Set<Certificate>().Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn < today).ToListAsync(ct);
        foreach (var c in expired)
        {
            c.Status = CertificateStatus.Expired;
            audit.Record("certificate.expired", "certificate", c.Number, new { Status = CertificateStatus.Valid }, new { c.Status }, actorName: "hệ thống");
        }
        await db.SaveChangesAsync(ct);
        foreach (var c in expired.Where(c => c.ProductId is not null))
            await commands.ClearSnapshotIfCurrentAsync(c.ProductId!.Value, c.Number);

        var reminded = 0;
        foreach (var days in ReminderDays)
        {
            var horizon = today.AddDays(days);
            var due = await db.Set<Certificate>()
                .Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn <= horizon && c.ExpiresOn >= today && (c.LastReminderDays == null || c.LastReminderDays > days))
                .ToListAsync(ct);
            foreach (var c in due) c.LastReminderDays = days;
            await commands.NotifyAsync(due, c => ($"Giấy chứng nhận OCOP sắp hết hạn ({days} ngày)",
                $"Giấy chứng nhận {c.Number} của {c.ProductName} hết hạn ngày {c.ExpiresOn:dd/MM/yyyy}. Hãy lập hồ sơ đánh giá lại trong đợt đánh giá tới để giữ dấu OCOP."));
            reminded += due.Count;
        }
        return (expired.Count, reminded);
    }
}

/// <summary>Runs <see cref="CertificateLifecycle"/> at start and then every hour.</summary>
public sealed class CertificateLifecycleJob(IServiceScopeFactory scopes, ILogger<CertificateLifecycleJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var (expired, reminded) = await scope.ServiceProvider.GetRequiredService<CertificateLifecycle>().RunAsync(stoppingToken);
                if (expired + reminded > 0) logger.LogInformation("Certificates: {Expired} expired, {Reminded} reminders", expired, reminded);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Certificate lifecycle run failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
