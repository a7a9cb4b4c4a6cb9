-- 0001 Initial schema: Geography, Identity (users, roles, audit log, outbox, key ring), Producers, Catalog, media.
-- Generated from the model with 'dotnet run --project src/Ocop -- db script' (SQLite); later migrations are written by hand.
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


CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
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


CREATE TABLE "geo_communes" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_geo_communes" PRIMARY KEY,
    "ProvinceCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Codename" TEXT NOT NULL,
    "Edition" TEXT NULL,
    CONSTRAINT "FK_geo_communes_geo_provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "geo_provinces" ("Code") ON DELETE RESTRICT
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


CREATE TABLE "product_photos" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_product_photos" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "MediaHash" TEXT NOT NULL,
    "Alt" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_product_photos_products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "products" ("Id") ON DELETE CASCADE
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


CREATE INDEX "IX_geo_communes_ProvinceCode" ON "geo_communes" ("ProvinceCode");


CREATE INDEX "IX_outbox_SentAt" ON "outbox" ("SentAt");


CREATE INDEX "IX_producers_CommuneCode" ON "producers" ("CommuneCode");


CREATE INDEX "IX_producers_ProvinceCode_Status" ON "producers" ("ProvinceCode", "Status");


CREATE UNIQUE INDEX "IX_producers_Slug" ON "producers" ("Slug");


CREATE INDEX "IX_product_photos_ProductId_SortOrder" ON "product_photos" ("ProductId", "SortOrder");


CREATE INDEX "IX_products_Gtin" ON "products" ("Gtin");


CREATE INDEX "IX_products_ProducerId_Status" ON "products" ("ProducerId", "Status");


CREATE UNIQUE INDEX "IX_products_Slug" ON "products" ("Slug");


CREATE INDEX "IX_products_Status_ProvinceCode" ON "products" ("Status", "ProvinceCode");



