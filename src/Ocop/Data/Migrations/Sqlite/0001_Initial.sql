-- 0001 Initial schema. Generated from the model by scripts/regenerate-initial-migration.sh ('db script'); later migrations are written by hand.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "ProvinceCode" TEXT NULL,
    "CommuneCode" TEXT NULL,
    "ProducerId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "Disabled" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "audit_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "Reason" TEXT NULL
);


CREATE TABLE "carriers" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_carriers" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "ExtraPerKg" INTEGER NOT NULL
);


CREATE TABLE "cert_certificates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_certificates" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "DossierId" INTEGER NULL,
    "ProductId" INTEGER NULL,
    "ProducerId" INTEGER NULL,
    "ProductName" TEXT NOT NULL,
    "ProducerName" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "LegacyProvinceCode" TEXT NULL,
    "SetCode" INTEGER NOT NULL,
    "Stars" INTEGER NOT NULL,
    "Score" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "DecisionId" INTEGER NULL,
    "DecisionNumber" TEXT NOT NULL,
    "DecisionDate" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "ExpiresOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "RevokedAt" TEXT NULL,
    "RevocationReason" TEXT NULL,
    "RevocationDecision" TEXT NULL,
    "Historic" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastReminderDays" INTEGER NULL
);


CREATE TABLE "cert_decisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_decisions" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Signer" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "ProvinceCode" TEXT NULL,
    "RoundId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "cert_rounds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_rounds" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "ProvinceCode" TEXT NULL,
    "Year" INTEGER NOT NULL,
    "OpensOn" TEXT NOT NULL,
    "ClosesOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "cert_rubric_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_rubric_versions" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);


CREATE TABLE "epcis_events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_epcis_events" PRIMARY KEY AUTOINCREMENT,
    "EventId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "EventTime" TEXT NOT NULL,
    "RecordTime" TEXT NOT NULL,
    "BizStep" TEXT NULL,
    "Disposition" TEXT NULL,
    "BizLocation" TEXT NULL,
    "ProducerId" INTEGER NULL,
    "Origin" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "Namespaces" TEXT NULL
);


CREATE TABLE "geo_legacy_provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_geo_legacy_provinces" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "SuccessorCode" TEXT NOT NULL,
    "SuccessorCodes" TEXT NOT NULL
);


CREATE TABLE "geo_provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_geo_provinces" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Codename" TEXT NOT NULL,
    "Edition" TEXT NULL
);


CREATE TABLE "gift_combos" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_gift_combos" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Price" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "OwnerProducerId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "idempotency_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_idempotency_keys" PRIMARY KEY AUTOINCREMENT,
    "Scope" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Response" TEXT NOT NULL
);


CREATE TABLE "ins_snapshots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ins_snapshots" PRIMARY KEY AUTOINCREMENT,
    "TakenAt" TEXT NOT NULL,
    "Backfilled" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "livestream_sessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_livestream_sessions" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Organiser" TEXT NOT NULL,
    "HostNames" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Platform" INTEGER NOT NULL,
    "StreamUrl" TEXT NOT NULL,
    "ScheduledAt" TEXT NOT NULL,
    "PlannedMinutes" INTEGER NOT NULL,
    "CoverHash" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "StartedAt" TEXT NULL,
    "EndedAt" TEXT NULL,
    "PinnedProductId" INTEGER NULL,
    "PinnedAt" TEXT NULL,
    "PeakViewers" INTEGER NOT NULL,
    "ProvinceCode" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PlatformReach" INTEGER NULL,
    "PlatformViews" INTEGER NULL,
    "PlatformViewers" INTEGER NULL,
    "PlatformInteractions" INTEGER NULL,
    "PlatformSource" TEXT NULL,
    "RunSheet" TEXT NULL
);


CREATE TABLE "media_files" (
    "Hash" TEXT NOT NULL CONSTRAINT "PK_media_files" PRIMARY KEY,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_outbox" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL
);


CREATE TABLE "payment_notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_payment_notifications" PRIMARY KEY AUTOINCREMENT,
    "Provider" TEXT NOT NULL,
    "TransactionId" TEXT NOT NULL,
    "Amount" INTEGER NOT NULL,
    "Content" TEXT NOT NULL,
    "AccountNumber" TEXT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "OrderId" INTEGER NULL,
    "ProducerId" INTEGER NULL,
    "Note" TEXT NULL,
    "ResolvedBy" TEXT NULL,
    "ResolvedAt" TEXT NULL
);


CREATE TABLE "prog_courses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_prog_courses" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Topic" INTEGER NOT NULL,
    "ProvinceCode" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "match_buyer_organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_match_buyer_organisations" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "TaxCode" TEXT NOT NULL,
    "AddressLine" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "ContactName" TEXT NOT NULL,
    "ContactPhone" TEXT NOT NULL,
    "ContactEmail" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "StatusReason" TEXT NULL,
    "VerifiedAt" TEXT NULL,
    "VerifiedBy" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_match_buyer_organisations_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "shipping_rates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_shipping_rates" PRIMARY KEY AUTOINCREMENT,
    "CarrierCode" TEXT NOT NULL,
    "Zone" INTEGER NOT NULL,
    "MaxGrams" INTEGER NOT NULL,
    "Fee" INTEGER NOT NULL,
    CONSTRAINT "FK_shipping_rates_carriers_CarrierCode" FOREIGN KEY ("CarrierCode") REFERENCES "carriers" ("Code") ON DELETE CASCADE
);


CREATE TABLE "cert_councils" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_councils" PRIMARY KEY AUTOINCREMENT,
    "RoundId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "ProvinceCode" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    CONSTRAINT "FK_cert_councils_cert_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "cert_rounds" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "cert_rubric_sheets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_rubric_sheets" PRIMARY KEY AUTOINCREMENT,
    "VersionId" INTEGER NOT NULL,
    "SetCode" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Source" TEXT NULL,
    "Corrections" TEXT NULL,
    "ImportedAt" TEXT NOT NULL,
    CONSTRAINT "FK_cert_rubric_sheets_cert_rubric_versions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "cert_rubric_versions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "geo_communes" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_geo_communes" PRIMARY KEY,
    "ProvinceCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Codename" TEXT NOT NULL,
    "Edition" TEXT NULL,
    CONSTRAINT "FK_geo_communes_geo_provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "geo_provinces" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "prog_targets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_prog_targets" PRIMARY KEY AUTOINCREMENT,
    "ProvinceCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Trained" INTEGER NOT NULL,
    "Storefronts" INTEGER NOT NULL,
    "PaymentAccounts" INTEGER NOT NULL,
    "ListedProducers" INTEGER NOT NULL,
    "Selling" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_prog_targets_geo_provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "geo_provinces" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "ins_figures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ins_figures" PRIMARY KEY AUTOINCREMENT,
    "SnapshotId" INTEGER NOT NULL,
    "Metric" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Value" INTEGER NOT NULL,
    CONSTRAINT "FK_ins_figures_ins_snapshots_SnapshotId" FOREIGN KEY ("SnapshotId") REFERENCES "ins_snapshots" ("Id") ON DELETE CASCADE
);


CREATE TABLE "livestream_hosts" (
    "SessionId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_livestream_hosts" PRIMARY KEY ("SessionId", "UserId"),
    CONSTRAINT "FK_livestream_hosts_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_livestream_hosts_livestream_sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "livestream_sessions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "livestream_minutes" (
    "SessionId" INTEGER NOT NULL,
    "Minute" INTEGER NOT NULL,
    "Viewers" INTEGER NOT NULL,
    CONSTRAINT "PK_livestream_minutes" PRIMARY KEY ("SessionId", "Minute"),
    CONSTRAINT "FK_livestream_minutes_livestream_sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "livestream_sessions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "livestream_viewers" (
    "SessionId" INTEGER NOT NULL,
    "ViewerKey" TEXT NOT NULL,
    "FirstSeenAt" TEXT NOT NULL,
    CONSTRAINT "PK_livestream_viewers" PRIMARY KEY ("SessionId", "ViewerKey"),
    CONSTRAINT "FK_livestream_viewers_livestream_sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "livestream_sessions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "match_demands" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_match_demands" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Need" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "Unit" INTEGER NOT NULL,
    "Frequency" INTEGER NOT NULL,
    "DeliveryProvinceCode" TEXT NOT NULL,
    "NeededBy" TEXT NOT NULL,
    "PriceMin" INTEGER NULL,
    "PriceMax" INTEGER NULL,
    "MinStars" INTEGER NOT NULL,
    "Standards" INTEGER NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Folded" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_match_demands_match_buyer_organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "match_buyer_organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "cert_council_members" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_council_members" PRIMARY KEY AUTOINCREMENT,
    "CouncilId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "OwnProducerId" INTEGER NULL,
    CONSTRAINT "FK_cert_council_members_cert_councils_CouncilId" FOREIGN KEY ("CouncilId") REFERENCES "cert_councils" ("Id") ON DELETE CASCADE
);


CREATE TABLE "cert_rubric_nodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_rubric_nodes" PRIMARY KEY AUTOINCREMENT,
    "SheetId" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "Kind" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Score" TEXT NOT NULL,
    "StarGate" INTEGER NULL,
    "Sort" INTEGER NOT NULL,
    CONSTRAINT "FK_cert_rubric_nodes_cert_rubric_nodes_ParentId" FOREIGN KEY ("ParentId") REFERENCES "cert_rubric_nodes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_cert_rubric_nodes_cert_rubric_sheets_SheetId" FOREIGN KEY ("SheetId") REFERENCES "cert_rubric_sheets" ("Id") ON DELETE CASCADE
);


CREATE TABLE "producers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_producers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "LegalForm" INTEGER NOT NULL,
    "RegistrationNumber" TEXT NULL,
    "RepresentativeName" TEXT NOT NULL,
    "RepresentativeGender" INTEGER NOT NULL,
    "RepresentativeIsEthnicMinority" INTEGER NOT NULL,
    "RepresentativeEthnicity" TEXT NULL,
    "Phone" TEXT NOT NULL,
    "Email" TEXT NULL,
    "AddressLine" TEXT NULL,
    "CommuneCode" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "BankBin" TEXT NULL,
    "BankAccountNumber" TEXT NULL,
    "BankAccountName" TEXT NULL,
    "Tagline" TEXT NULL,
    "Story" TEXT NULL,
    "BannerHash" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "StatusReason" TEXT NULL,
    "VerifiedAt" TEXT NULL,
    "VerifiedBy" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_producers_geo_communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "geo_communes" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "prog_sessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_prog_sessions" PRIMARY KEY AUTOINCREMENT,
    "CourseId" INTEGER NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Trainer" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_prog_sessions_geo_communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "geo_communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_prog_sessions_prog_courses_CourseId" FOREIGN KEY ("CourseId") REFERENCES "prog_courses" ("Id") ON DELETE CASCADE
);


CREATE TABLE "match_demand_sets" (
    "DemandId" INTEGER NOT NULL,
    "SetCode" INTEGER NOT NULL,
    CONSTRAINT "PK_match_demand_sets" PRIMARY KEY ("DemandId", "SetCode"),
    CONSTRAINT "FK_match_demand_sets_match_demands_DemandId" FOREIGN KEY ("DemandId") REFERENCES "match_demands" ("Id") ON DELETE CASCADE
);


CREATE TABLE "orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_orders" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "CheckoutId" TEXT NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "ProducerName" TEXT NOT NULL,
    "BuyerId" TEXT NULL,
    "GuestSession" TEXT NULL,
    "LookupToken" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "PaymentMethod" INTEGER NOT NULL,
    "RecipientName" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "AddressLine" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CarrierCode" TEXT NOT NULL,
    "TrackingNumber" TEXT NULL,
    "PayeeBankBin" TEXT NULL,
    "PayeeAccountNumber" TEXT NULL,
    "PayeeAccountName" TEXT NULL,
    "Subtotal" INTEGER NOT NULL,
    "Discount" INTEGER NOT NULL,
    "ShippingFee" INTEGER NOT NULL,
    "Total" INTEGER NOT NULL,
    "AmountPaid" INTEGER NOT NULL,
    "Overpaid" INTEGER NOT NULL,
    "PaymentDeadline" TEXT NULL,
    "PlacedAt" TEXT NOT NULL,
    "PaidAt" TEXT NULL,
    "ShippedAt" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "CancelReason" TEXT NULL,
    "LivestreamId" INTEGER NULL,
    CONSTRAINT "FK_orders_producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "producers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "products" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_products" PRIMARY KEY AUTOINCREMENT,
    "ProducerId" INTEGER NOT NULL,
    "SetCode" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Story" TEXT NULL,
    "Unit" TEXT NOT NULL,
    "NetWeightGrams" INTEGER NULL,
    "Price" INTEGER NOT NULL,
    "Stock" INTEGER NOT NULL,
    "Gtin" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "CertificateNumber" TEXT NULL,
    "CertificateStars" INTEGER NULL,
    "CertificateExpiresOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_products_producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "producers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "trace_locations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_trace_locations" PRIMARY KEY AUTOINCREMENT,
    "ProducerId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Gln" TEXT NULL,
    "Uri" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_trace_locations_producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "producers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "prog_attendance" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_prog_attendance" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "FullName" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "AttendedOn" TEXT NOT NULL,
    "ProducerId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_prog_attendance_geo_communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "geo_communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_prog_attendance_prog_sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "prog_sessions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "cert_dossiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_dossiers" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "SetCode" INTEGER NOT NULL,
    "RubricSheetId" INTEGER NOT NULL,
    "RubricVersionCode" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "SamplesDeclared" TEXT NULL,
    "ProducerNote" TEXT NULL,
    "ReturnReason" TEXT NULL,
    "CouncilId" INTEGER NULL,
    "CentralCouncilId" INTEGER NULL,
    "AverageScore" TEXT NULL,
    "Stars" INTEGER NULL,
    "CentralAverageScore" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_cert_dossiers_cert_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "cert_rounds" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_cert_dossiers_cert_rubric_sheets_RubricSheetId" FOREIGN KEY ("RubricSheetId") REFERENCES "cert_rubric_sheets" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_cert_dossiers_producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_cert_dossiers_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "gift_combo_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_gift_combo_items" PRIMARY KEY AUTOINCREMENT,
    "ComboId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    CONSTRAINT "FK_gift_combo_items_gift_combos_ComboId" FOREIGN KEY ("ComboId") REFERENCES "gift_combos" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_gift_combo_items_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "livestream_deals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_livestream_deals" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "ProductName" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "NormalPrice" INTEGER NOT NULL,
    "DealPrice" INTEGER NOT NULL,
    "Quota" INTEGER NOT NULL,
    "Sold" INTEGER NOT NULL,
    "PerBuyerLimit" INTEGER NOT NULL,
    "CountdownSeconds" INTEGER NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "PlannedMinute" INTEGER NULL,
    "State" INTEGER NOT NULL,
    "StartsAt" TEXT NULL,
    "EndsAt" TEXT NULL,
    "EndedAt" TEXT NULL,
    "EndReason" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_livestream_deals_livestream_sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "livestream_sessions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_livestream_deals_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "livestream_products" (
    "SessionId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "PK_livestream_products" PRIMARY KEY ("SessionId", "ProductId"),
    CONSTRAINT "FK_livestream_products_livestream_sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "livestream_sessions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_livestream_products_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "match_offers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_match_offers" PRIMARY KEY AUTOINCREMENT,
    "ProducerId" INTEGER NOT NULL,
    "ProductId" INTEGER NULL,
    "SetCode" INTEGER NOT NULL,
    "GroupCode" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Capacity" INTEGER NOT NULL,
    "Unit" INTEGER NOT NULL,
    "Period" INTEGER NOT NULL,
    "MinOrder" INTEGER NOT NULL,
    "PriceTiersJson" TEXT NOT NULL,
    "SeasonFrom" INTEGER NULL,
    "SeasonTo" INTEGER NULL,
    "Reach" INTEGER NOT NULL,
    "Standards" INTEGER NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Folded" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_match_offers_producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_match_offers_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "order_lines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_order_lines" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "ProductName" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "UnitPrice" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "Discount" INTEGER NOT NULL,
    "ComboId" INTEGER NULL,
    "DealId" TEXT NULL,
    "LotId" INTEGER NULL,
    CONSTRAINT "FK_order_lines_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "orders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_order_lines_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "product_photos" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_product_photos" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "MediaHash" TEXT NOT NULL,
    "Alt" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_product_photos_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE CASCADE
);


CREATE TABLE "reviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_reviews" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "OrderId" INTEGER NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "BuyerId" TEXT NOT NULL,
    "BuyerName" TEXT NOT NULL,
    "Rating" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Reply" TEXT NULL,
    "RepliedAt" TEXT NULL,
    "Hidden" INTEGER NOT NULL,
    "HiddenReason" TEXT NULL,
    CONSTRAINT "FK_reviews_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "orders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_reviews_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE CASCADE
);


CREATE TABLE "lots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_lots" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "Gtin" TEXT NOT NULL,
    "HarvestedOn" TEXT NULL,
    "ProducedOn" TEXT NULL,
    "ExpiresOn" TEXT NULL,
    "Quantity" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "OriginLocationId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_lots_producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_lots_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_lots_trace_locations_OriginLocationId" FOREIGN KEY ("OriginLocationId") REFERENCES "trace_locations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "cert_dossier_criteria" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_dossier_criteria" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "CriterionNodeId" INTEGER NOT NULL,
    "SelfOptionNodeId" INTEGER NULL,
    "Note" TEXT NULL,
    "CommuneOptionNodeId" INTEGER NULL,
    "CommuneNote" TEXT NULL,
    CONSTRAINT "FK_cert_dossier_criteria_cert_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "cert_dossiers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "cert_dossier_evidence" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_dossier_evidence" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "CriterionNodeId" INTEGER NULL,
    "MediaHash" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_cert_dossier_evidence_cert_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "cert_dossiers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "cert_member_scores" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_member_scores" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "CouncilId" INTEGER NOT NULL,
    "MemberUserId" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    CONSTRAINT "FK_cert_member_scores_cert_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "cert_dossiers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "livestream_deal_claims" (
    "FlashDealId" INTEGER NOT NULL,
    "BuyerKey" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    CONSTRAINT "PK_livestream_deal_claims" PRIMARY KEY ("FlashDealId", "BuyerKey"),
    CONSTRAINT "FK_livestream_deal_claims_livestream_deals_FlashDealId" FOREIGN KEY ("FlashDealId") REFERENCES "livestream_deals" ("Id") ON DELETE CASCADE
);


CREATE TABLE "match_deals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_match_deals" PRIMARY KEY AUTOINCREMENT,
    "DemandId" INTEGER NOT NULL,
    "OfferId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "OpenedBy" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "MatchScore" INTEGER NOT NULL,
    "SetCode" INTEGER NOT NULL,
    "ProducerProvinceCode" TEXT NOT NULL,
    "DeliveryProvinceCode" TEXT NOT NULL,
    "AgreedQuantity" INTEGER NULL,
    "AgreedUnit" INTEGER NULL,
    "AgreedPrice" INTEGER NULL,
    "AgreedFrom" TEXT NULL,
    "AgreedTo" TEXT NULL,
    "DeclineReason" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "AgreedAt" TEXT NULL,
    CONSTRAINT "FK_match_deals_match_demands_DemandId" FOREIGN KEY ("DemandId") REFERENCES "match_demands" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_match_deals_match_offers_OfferId" FOREIGN KEY ("OfferId") REFERENCES "match_offers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "match_matches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_match_matches" PRIMARY KEY AUTOINCREMENT,
    "DemandId" INTEGER NOT NULL,
    "OfferId" INTEGER NOT NULL,
    "Score" INTEGER NOT NULL,
    "ReasonsJson" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_match_matches_match_demands_DemandId" FOREIGN KEY ("DemandId") REFERENCES "match_demands" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_match_matches_match_offers_OfferId" FOREIGN KEY ("OfferId") REFERENCES "match_offers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "epcis_event_epcs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_epcis_event_epcs" PRIMARY KEY AUTOINCREMENT,
    "StoredEventId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "LotId" INTEGER NULL,
    "IsInput" INTEGER NOT NULL,
    CONSTRAINT "FK_epcis_event_epcs_epcis_events_StoredEventId" FOREIGN KEY ("StoredEventId") REFERENCES "epcis_events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_epcis_event_epcs_lots_LotId" FOREIGN KEY ("LotId") REFERENCES "lots" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "cert_member_score_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cert_member_score_items" PRIMARY KEY AUTOINCREMENT,
    "MemberScoreId" INTEGER NOT NULL,
    "CriterionNodeId" INTEGER NOT NULL,
    "OptionNodeId" INTEGER NULL,
    "Points" TEXT NOT NULL,
    CONSTRAINT "FK_cert_member_score_items_cert_member_scores_MemberScoreId" FOREIGN KEY ("MemberScoreId") REFERENCES "cert_member_scores" ("Id") ON DELETE CASCADE
);


CREATE TABLE "match_deal_messages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_match_deal_messages" PRIMARY KEY AUTOINCREMENT,
    "DealId" INTEGER NOT NULL,
    "Side" INTEGER NOT NULL,
    "SenderId" TEXT NOT NULL,
    "SenderName" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_match_deal_messages_match_deals_DealId" FOREIGN KEY ("DealId") REFERENCES "match_deals" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_ProducerId" ON "AspNetUsers" ("ProducerId");


CREATE INDEX "IX_AspNetUsers_ProvinceCode" ON "AspNetUsers" ("ProvinceCode");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_audit_log_At" ON "audit_log" ("At");


CREATE INDEX "IX_audit_log_EntityType_EntityId" ON "audit_log" ("EntityType", "EntityId");


CREATE INDEX "IX_cert_certificates_ExpiresOn" ON "cert_certificates" ("ExpiresOn");


CREATE UNIQUE INDEX "IX_cert_certificates_Number" ON "cert_certificates" ("Number");


CREATE INDEX "IX_cert_certificates_ProductId" ON "cert_certificates" ("ProductId");


CREATE INDEX "IX_cert_certificates_ProvinceCode_Status" ON "cert_certificates" ("ProvinceCode", "Status");


CREATE UNIQUE INDEX "IX_cert_council_members_CouncilId_UserId" ON "cert_council_members" ("CouncilId", "UserId");


CREATE INDEX "IX_cert_council_members_UserId" ON "cert_council_members" ("UserId");


CREATE INDEX "IX_cert_councils_RoundId" ON "cert_councils" ("RoundId");


CREATE UNIQUE INDEX "IX_cert_decisions_Level_ProvinceCode_Number" ON "cert_decisions" ("Level", "ProvinceCode", "Number");


CREATE UNIQUE INDEX "IX_cert_dossier_criteria_DossierId_CriterionNodeId" ON "cert_dossier_criteria" ("DossierId", "CriterionNodeId");


CREATE INDEX "IX_cert_dossier_evidence_DossierId" ON "cert_dossier_evidence" ("DossierId");


CREATE INDEX "IX_cert_dossiers_CouncilId" ON "cert_dossiers" ("CouncilId");


CREATE UNIQUE INDEX "IX_cert_dossiers_Number" ON "cert_dossiers" ("Number");


CREATE INDEX "IX_cert_dossiers_ProducerId_Status" ON "cert_dossiers" ("ProducerId", "Status");


CREATE INDEX "IX_cert_dossiers_ProductId" ON "cert_dossiers" ("ProductId");


CREATE INDEX "IX_cert_dossiers_ProvinceCode_Status" ON "cert_dossiers" ("ProvinceCode", "Status");


CREATE INDEX "IX_cert_dossiers_RoundId" ON "cert_dossiers" ("RoundId");


CREATE INDEX "IX_cert_dossiers_RubricSheetId" ON "cert_dossiers" ("RubricSheetId");


CREATE UNIQUE INDEX "IX_cert_member_score_items_MemberScoreId_CriterionNodeId" ON "cert_member_score_items" ("MemberScoreId", "CriterionNodeId");


CREATE UNIQUE INDEX "IX_cert_member_scores_DossierId_CouncilId_MemberUserId" ON "cert_member_scores" ("DossierId", "CouncilId", "MemberUserId");


CREATE INDEX "IX_cert_rounds_ProvinceCode_Year" ON "cert_rounds" ("ProvinceCode", "Year");


CREATE INDEX "IX_cert_rubric_nodes_ParentId" ON "cert_rubric_nodes" ("ParentId");


CREATE INDEX "IX_cert_rubric_nodes_SheetId_Sort" ON "cert_rubric_nodes" ("SheetId", "Sort");


CREATE UNIQUE INDEX "IX_cert_rubric_sheets_VersionId_SetCode" ON "cert_rubric_sheets" ("VersionId", "SetCode");


CREATE UNIQUE INDEX "IX_cert_rubric_versions_Code" ON "cert_rubric_versions" ("Code");


CREATE INDEX "IX_epcis_event_epcs_Key_Role_StoredEventId" ON "epcis_event_epcs" ("Key", "Role", "StoredEventId");


CREATE INDEX "IX_epcis_event_epcs_LotId_StoredEventId" ON "epcis_event_epcs" ("LotId", "StoredEventId");


CREATE INDEX "IX_epcis_event_epcs_StoredEventId" ON "epcis_event_epcs" ("StoredEventId");


CREATE INDEX "IX_epcis_events_BizLocation_EventTime" ON "epcis_events" ("BizLocation", "EventTime");


CREATE INDEX "IX_epcis_events_BizStep_EventTime" ON "epcis_events" ("BizStep", "EventTime");


CREATE UNIQUE INDEX "IX_epcis_events_EventId" ON "epcis_events" ("EventId");


CREATE INDEX "IX_epcis_events_EventTime" ON "epcis_events" ("EventTime");


CREATE INDEX "IX_epcis_events_ProducerId" ON "epcis_events" ("ProducerId");


CREATE INDEX "IX_geo_communes_ProvinceCode" ON "geo_communes" ("ProvinceCode");


CREATE UNIQUE INDEX "IX_gift_combo_items_ComboId_ProductId" ON "gift_combo_items" ("ComboId", "ProductId");


CREATE INDEX "IX_gift_combo_items_ProductId" ON "gift_combo_items" ("ProductId");


CREATE UNIQUE INDEX "IX_idempotency_keys_Scope_Key" ON "idempotency_keys" ("Scope", "Key");


CREATE INDEX "IX_ins_figures_SnapshotId_ProvinceCode_Metric" ON "ins_figures" ("SnapshotId", "ProvinceCode", "Metric");


CREATE INDEX "IX_ins_snapshots_TakenAt" ON "ins_snapshots" ("TakenAt");


CREATE INDEX "IX_livestream_deals_ProductId" ON "livestream_deals" ("ProductId");


CREATE INDEX "IX_livestream_deals_SessionId_State" ON "livestream_deals" ("SessionId", "State");


CREATE INDEX "IX_livestream_deals_State_EndsAt" ON "livestream_deals" ("State", "EndsAt");


CREATE INDEX "IX_livestream_hosts_UserId" ON "livestream_hosts" ("UserId");


CREATE INDEX "IX_livestream_products_ProductId" ON "livestream_products" ("ProductId");


CREATE INDEX "IX_livestream_sessions_Status_ScheduledAt" ON "livestream_sessions" ("Status", "ScheduledAt");


CREATE UNIQUE INDEX "IX_lots_Gtin_Number" ON "lots" ("Gtin", "Number");


CREATE INDEX "IX_lots_OriginLocationId" ON "lots" ("OriginLocationId");


CREATE INDEX "IX_lots_ProducerId" ON "lots" ("ProducerId");


CREATE INDEX "IX_lots_ProductId_CreatedAt" ON "lots" ("ProductId", "CreatedAt");


CREATE INDEX "IX_match_buyer_organisations_ProvinceCode_Status" ON "match_buyer_organisations" ("ProvinceCode", "Status");


CREATE UNIQUE INDEX "IX_match_buyer_organisations_TaxCode" ON "match_buyer_organisations" ("TaxCode");


CREATE UNIQUE INDEX "IX_match_buyer_organisations_UserId" ON "match_buyer_organisations" ("UserId");


CREATE INDEX "IX_match_deal_messages_DealId_Id" ON "match_deal_messages" ("DealId", "Id");


CREATE UNIQUE INDEX "IX_match_deals_DemandId_OfferId" ON "match_deals" ("DemandId", "OfferId");


CREATE INDEX "IX_match_deals_OfferId" ON "match_deals" ("OfferId");


CREATE INDEX "IX_match_deals_OrganisationId" ON "match_deals" ("OrganisationId");


CREATE INDEX "IX_match_deals_ProducerId" ON "match_deals" ("ProducerId");


CREATE INDEX "IX_match_deals_Status" ON "match_deals" ("Status");


CREATE INDEX "IX_match_demand_sets_SetCode" ON "match_demand_sets" ("SetCode");


CREATE INDEX "IX_match_demands_OrganisationId" ON "match_demands" ("OrganisationId");


CREATE INDEX "IX_match_demands_Status_ValidUntil" ON "match_demands" ("Status", "ValidUntil");


CREATE UNIQUE INDEX "IX_match_matches_DemandId_OfferId" ON "match_matches" ("DemandId", "OfferId");


CREATE INDEX "IX_match_matches_OfferId_Score" ON "match_matches" ("OfferId", "Score");


CREATE INDEX "IX_match_offers_GroupCode_Status_ValidUntil" ON "match_offers" ("GroupCode", "Status", "ValidUntil");


CREATE INDEX "IX_match_offers_ProducerId" ON "match_offers" ("ProducerId");


CREATE INDEX "IX_match_offers_ProductId" ON "match_offers" ("ProductId");


CREATE INDEX "IX_match_offers_SetCode_Status_ValidUntil" ON "match_offers" ("SetCode", "Status", "ValidUntil");


CREATE INDEX "IX_order_lines_LotId" ON "order_lines" ("LotId");


CREATE INDEX "IX_order_lines_OrderId" ON "order_lines" ("OrderId");


CREATE INDEX "IX_order_lines_ProductId" ON "order_lines" ("ProductId");


CREATE INDEX "IX_orders_BuyerId_PlacedAt" ON "orders" ("BuyerId", "PlacedAt");


CREATE INDEX "IX_orders_CarrierCode_TrackingNumber" ON "orders" ("CarrierCode", "TrackingNumber");


CREATE INDEX "IX_orders_CheckoutId" ON "orders" ("CheckoutId");


CREATE UNIQUE INDEX "IX_orders_Code" ON "orders" ("Code");


CREATE INDEX "IX_orders_LivestreamId_PlacedAt" ON "orders" ("LivestreamId", "PlacedAt");


CREATE INDEX "IX_orders_ProducerId_Status" ON "orders" ("ProducerId", "Status");


CREATE INDEX "IX_orders_Status_PaymentDeadline" ON "orders" ("Status", "PaymentDeadline");


CREATE INDEX "IX_outbox_SentAt" ON "outbox" ("SentAt");


CREATE INDEX "IX_payment_notifications_OrderId" ON "payment_notifications" ("OrderId");


CREATE UNIQUE INDEX "IX_payment_notifications_Provider_TransactionId" ON "payment_notifications" ("Provider", "TransactionId");


CREATE INDEX "IX_payment_notifications_State_ProducerId" ON "payment_notifications" ("State", "ProducerId");


CREATE INDEX "IX_producers_CommuneCode" ON "producers" ("CommuneCode");


CREATE INDEX "IX_producers_ProvinceCode_Status" ON "producers" ("ProvinceCode", "Status");


CREATE UNIQUE INDEX "IX_producers_Slug" ON "producers" ("Slug");


CREATE INDEX "IX_product_photos_ProductId_SortOrder" ON "product_photos" ("ProductId", "SortOrder");


CREATE INDEX "IX_products_Gtin" ON "products" ("Gtin");


CREATE INDEX "IX_products_ProducerId_Status" ON "products" ("ProducerId", "Status");


CREATE UNIQUE INDEX "IX_products_Slug" ON "products" ("Slug");


CREATE INDEX "IX_products_Status_ProvinceCode" ON "products" ("Status", "ProvinceCode");


CREATE INDEX "IX_prog_attendance_CommuneCode" ON "prog_attendance" ("CommuneCode");


CREATE INDEX "IX_prog_attendance_Phone" ON "prog_attendance" ("Phone");


CREATE INDEX "IX_prog_attendance_ProvinceCode_CommuneCode" ON "prog_attendance" ("ProvinceCode", "CommuneCode");


CREATE UNIQUE INDEX "IX_prog_attendance_SessionId_Phone" ON "prog_attendance" ("SessionId", "Phone");


CREATE INDEX "IX_prog_courses_ProvinceCode" ON "prog_courses" ("ProvinceCode");


CREATE INDEX "IX_prog_sessions_CommuneCode" ON "prog_sessions" ("CommuneCode");


CREATE INDEX "IX_prog_sessions_CourseId" ON "prog_sessions" ("CourseId");


CREATE INDEX "IX_prog_sessions_ProvinceCode_StartsOn" ON "prog_sessions" ("ProvinceCode", "StartsOn");


CREATE UNIQUE INDEX "IX_prog_targets_ProvinceCode_Year" ON "prog_targets" ("ProvinceCode", "Year");


CREATE UNIQUE INDEX "IX_reviews_OrderId_ProductId" ON "reviews" ("OrderId", "ProductId");


CREATE INDEX "IX_reviews_ProductId_Hidden" ON "reviews" ("ProductId", "Hidden");


CREATE UNIQUE INDEX "IX_shipping_rates_CarrierCode_Zone_MaxGrams" ON "shipping_rates" ("CarrierCode", "Zone", "MaxGrams");


CREATE UNIQUE INDEX "IX_trace_locations_Key" ON "trace_locations" ("Key");


CREATE INDEX "IX_trace_locations_ProducerId" ON "trace_locations" ("ProducerId");



