-- 0012 Private media: a dossier's evidence is served only to those who may read the dossier, never by
-- /media/{hash}. Files already stored as evidence alone (no product photo, banner or cover uses the same
-- bytes) become private.
ALTER TABLE "media_files" ADD COLUMN "IsPrivate" INTEGER NOT NULL DEFAULT 0;
UPDATE "media_files" SET "IsPrivate" = 1
WHERE "Hash" IN (SELECT "MediaHash" FROM "cert_dossier_evidence")
  AND "Hash" NOT IN (SELECT "MediaHash" FROM "product_photos")
  AND "Hash" NOT IN (SELECT "BannerHash" FROM "producers" WHERE "BannerHash" IS NOT NULL)
  AND "Hash" NOT IN (SELECT "CoverHash" FROM "livestream_sessions" WHERE "CoverHash" IS NOT NULL);
