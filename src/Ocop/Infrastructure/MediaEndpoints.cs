namespace Ocop.Infrastructure;

public static class MediaEndpoints
{
    /// <summary>
    /// <c>GET /media/{hash}</c>: public files (photos, banners, covers), immutable, cacheable for a year (the name is
    /// the content). Private files (a dossier's evidence) are not found here; their owner's route serves them.
    /// </summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{hash}", async (string hash, HttpContext http, MediaStore store, OcopDb db) =>
        {
            if (!MediaStore.IsHash(hash)) return Results.NotFound();
            var file = await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(m => m.Hash == hash);
            var path = store.PathOf(hash);
            if (file is null || file.IsPrivate || !File.Exists(path)) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            if (file.ContentType == "image/svg+xml")
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.File(path, file.ContentType, enableRangeProcessing: false);
        }).ExcludeFromDescription();
        return app;
    }
}
