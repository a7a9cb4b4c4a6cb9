-- 0014 Deal proposals: a B2B deal is agreed only when both sides confirm the same terms. One side's terms
-- are a proposal (by whom, when) until the other side accepts them; only agreed deals count in statistics.
ALTER TABLE match_deals ADD COLUMN "ProposedBy" integer NULL;
ALTER TABLE match_deals ADD COLUMN "ProposedQuantity" integer NULL;
ALTER TABLE match_deals ADD COLUMN "ProposedUnit" integer NULL;
ALTER TABLE match_deals ADD COLUMN "ProposedPrice" bigint NULL;
ALTER TABLE match_deals ADD COLUMN "ProposedFrom" date NULL;
ALTER TABLE match_deals ADD COLUMN "ProposedTo" date NULL;
ALTER TABLE match_deals ADD COLUMN "ProposedAt" timestamp with time zone NULL;
