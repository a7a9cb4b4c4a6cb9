using System.Security.Cryptography;

namespace Ocop.Infrastructure;

/// <summary>A stored file, named by the SHA-256 of its bytes.</summary>
public sealed class MediaFile
{
    public required string Hash { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>
    /// Served only through the route of what it belongs to (a dossier's evidence, to those who may read the
    /// dossier), never by <c>/media/{hash}</c>. Bytes also saved for a public use (a product photo) are public.
    /// </summary>
    public bool IsPrivate { get; set; }
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<MediaFile> b)
    {
        b.ToTable("media_files");
        b.HasKey(m => m.Hash);
        b.Property(m => m.Hash).HasMaxLength(64);
        b.Property(m => m.ContentType).HasMaxLength(60);
    }
}

public sealed class MediaOptions
{
    /// <summary>Folder of the content-addressed store; relative paths are under the content root.</summary>
    public string Root { get; set; } = "data/media";
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;
}

public enum MediaKind { Image, Document }

/// <summary>
/// Content-addressed file store under <c>data/media</c>: the type is decided from the bytes (never
/// from the name or the declared type), the size is limited, and identical files are stored once.
/// Several app nodes share it through a shared volume.
/// </summary>
public sealed class MediaStore(OcopDb db, MediaOptions options, IHostEnvironment env, TimeProvider clock)
{
    public string RootPath => Path.IsPathRooted(options.Root) ? options.Root : Path.Combine(env.ContentRootPath, options.Root);

    /// <summary>Detects JPEG, PNG, WebP and (documents only) PDF from the first bytes.</summary>
    public static string? DetectType(ReadOnlySpan<byte> head, MediaKind kind)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "image/jpeg";
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (kind == MediaKind.Document && head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8)) return "application/pdf";
        return null;
    }

    /// <param name="restricted">Kept from <c>/media/{hash}</c> (see <see cref="MediaFile.IsPrivate"/>).</param>
    public async Task<Result<MediaFile>> SaveAsync(Stream content, MediaKind kind, bool restricted = false, CancellationToken ct = default)
    {
        var max = kind == MediaKind.Image ? options.MaxImageBytes : options.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
                return AppError.Validation("file", $"Tệp quá lớn: tối đa {max / (1024 * 1024)} MB.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return AppError.Validation("file", "Tệp rỗng.");
        var bytes = buffer.ToArray();
        var type = DetectType(bytes, kind);
        if (type is null)
            return AppError.Validation("file", kind == MediaKind.Image
                ? "Tệp không phải ảnh JPEG, PNG hoặc WebP."
                : "Tệp không phải PDF hoặc ảnh JPEG, PNG, WebP.");
        return await StoreAsync(bytes, type, ct, restricted);
    }

    /// <summary>Stores bytes of a type the caller vouches for (the demo seed's generated SVG images).</summary>
    internal async Task<MediaFile> StoreAsync(byte[] bytes, string contentType, CancellationToken ct = default, bool restricted = false)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, path, overwrite: true);
        }
        var existing = await db.MediaFiles.FindAsync([hash], ct);
        if (existing is not null)
        {
            if (existing.IsPrivate && !restricted)
            {
                existing.IsPrivate = false; // the same bytes published by someone who holds them
                await db.SaveChangesAsync(ct);
            }
            return existing;
        }
        var file = new MediaFile { Hash = hash, ContentType = contentType, Length = bytes.Length, CreatedAt = clock.UtcNow(), IsPrivate = restricted };
        db.MediaFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return file;
    }

    public string PathOf(string hash) => Path.Combine(RootPath, hash[..2], hash);

    public static bool IsHash(string? s) => s is { Length: 64 } && s.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
