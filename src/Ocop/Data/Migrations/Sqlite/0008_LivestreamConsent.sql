-- 0008 Livestream consent: a product enters a session's bag and a flash deal only with its
-- producer's consent (or an officer of the producer's own province), and a deal's price keeps to the
-- floor the producer sets; an invited host runs a session only after accepting. Hosts already in
-- place (the organisers who created their sessions) count as accepted.
CREATE TABLE "livestream_consents" (
    "ProductId" INTEGER NOT NULL CONSTRAINT "PK_livestream_consents" PRIMARY KEY,
    "FloorPrice" INTEGER NOT NULL,
    "GrantedBy" TEXT NOT NULL,
    "GrantedAt" TEXT NOT NULL,
    CONSTRAINT "FK_livestream_consents_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE CASCADE
);
ALTER TABLE "livestream_hosts" ADD COLUMN "AcceptedAt" TEXT NULL;
UPDATE "livestream_hosts" SET "AcceptedAt" = strftime('%Y-%m-%d %H:%M:%f', 'now');
