-- 0008 Livestream consent: a product enters a session's bag and a flash deal only with its
-- producer's consent (or an officer of the producer's own province), and a deal's price keeps to the
-- floor the producer sets; an invited host runs a session only after accepting. Hosts already in
-- place (the organisers who created their sessions) count as accepted.
CREATE TABLE livestream_consents (
    "ProductId" integer NOT NULL,
    "FloorPrice" bigint NOT NULL,
    "GrantedBy" character varying(64) NOT NULL,
    "GrantedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_livestream_consents" PRIMARY KEY ("ProductId"),
    CONSTRAINT "FK_livestream_consents_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES products ("Id") ON DELETE CASCADE
);
ALTER TABLE livestream_hosts ADD COLUMN "AcceptedAt" timestamp with time zone NULL;
UPDATE livestream_hosts SET "AcceptedAt" = now();
