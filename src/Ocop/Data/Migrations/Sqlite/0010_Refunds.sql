-- 0010 Refunds and "Tôi đã chuyển khoản": a cancelled or returned order on which money was received owes
-- it back (one refund per order, settled by the producer with method and reference); an order remembers
-- when its buyer reported the transfer (the hold was extended once for the producer to confirm).
ALTER TABLE "orders" ADD COLUMN "TransferReportedAt" TEXT NULL;
CREATE TABLE "refunds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_refunds" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "Amount" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Method" INTEGER NULL,
    "Reference" TEXT NULL,
    "SettledAt" TEXT NULL,
    "SettledBy" TEXT NULL,
    CONSTRAINT "FK_refunds_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "orders" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_refunds_OrderId" ON "refunds" ("OrderId");
CREATE INDEX "IX_refunds_ProducerId_State" ON "refunds" ("ProducerId", "State");
