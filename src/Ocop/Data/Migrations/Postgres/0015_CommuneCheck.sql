-- 0015 The commune's pre-check is recorded per criterion: a dossier goes up to the province only once the
-- commune has checked every criterion it assesses ("none applies" is a check too). Choices the commune
-- already recorded count as checked.
ALTER TABLE cert_dossier_criteria ADD COLUMN "CommuneChecked" boolean NOT NULL DEFAULT false;
UPDATE cert_dossier_criteria SET "CommuneChecked" = true WHERE "CommuneOptionNodeId" IS NOT NULL;
