using Ocop.Features.Commerce;

namespace Ocop.Tests.Commerce;

/// <summary>The order's guarded transitions, payment amounts, combo shares and memo matching, without a host.</summary>
public sealed class OrderStateMachineTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc);

    private static Order NewOrder(PaymentMethod method = PaymentMethod.VietQr, long total = 150_000)
    {
        var order = new Order
        {
            Code = "DH260615000001", ProducerName = "HTX", LookupToken = "t", RecipientName = "A", Phone = "0987654321", AddressLine = "x",
            CommuneCode = "00004", ProvinceCode = "01", CarrierCode = "ghn", PaymentMethod = method, Total = total,
        };
        Assert.Null(order.Place(Now.AddMinutes(30)));
        return order;
    }

    [Fact]
    public void Placing_ABankTransfer_AwaitsPaymentUntilTheDeadline_AndCodWaitsForDelivery()
    {
        var transfer = NewOrder();
        Assert.Equal(OrderStatus.AwaitingPayment, transfer.Status);
        Assert.Equal(Now.AddMinutes(30), transfer.PaymentDeadline);
        var cod = NewOrder(PaymentMethod.Cod);
        Assert.Equal(OrderStatus.CodPending, cod.Status);
        Assert.Null(cod.PaymentDeadline);
        Assert.NotNull(cod.Place(null));
    }

    [Fact]
    public void Payment_Exact_Less_More()
    {
        var exact = NewOrder();
        Assert.Null(exact.ReceivePayment(150_000, Now));
        Assert.Equal(OrderStatus.Paid, exact.Status);
        Assert.False(exact.Overpaid);

        var partial = NewOrder();
        Assert.Null(partial.ReceivePayment(100_000, Now));
        Assert.Equal(OrderStatus.PartiallyPaid, partial.Status);
        Assert.Equal(50_000, partial.Remaining);
        Assert.Null(partial.ReceivePayment(50_000, Now));
        Assert.Equal(OrderStatus.Paid, partial.Status);

        var more = NewOrder();
        Assert.Null(more.ReceivePayment(200_000, Now));
        Assert.Equal(OrderStatus.Paid, more.Status);
        Assert.True(more.Overpaid);
        Assert.NotNull(more.ReceivePayment(1, Now));
    }

    [Fact]
    public void UnpaidBankTransfer_CannotBePackedOrShipped()
    {
        var order = NewOrder();
        Assert.Equal(409, order.Ship(OrderActor.Seller, "ghn", "GHN1", Now)!.Status);
        Assert.Equal(409, order.Pack(OrderActor.Seller)!.Status);
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Null(order.TrackingNumber);
    }

    [Fact]
    public void PaidOrder_GoesThroughPackShipDeliverComplete()
    {
        var order = NewOrder();
        order.ReceivePayment(150_000, Now);
        Assert.Null(order.Pack(OrderActor.Seller));
        Assert.Equal(403, order.Ship(OrderActor.Buyer, "ghn", "X", Now)!.Status);
        Assert.Null(order.Ship(OrderActor.Seller, "ghn", "GHN123", Now));
        Assert.NotNull(order.Cancel(OrderActor.Seller, null, Now));
        Assert.Null(order.Deliver(OrderActor.System, Now));
        Assert.NotNull(order.CollectCod(OrderActor.Seller, Now));
        Assert.Null(order.Complete(OrderActor.Buyer, Now));
        Assert.Equal(OrderStatus.Completed, order.Status);
    }

    [Fact]
    public void CashOnDelivery_IsCollectedAfterDelivery_BeforeCompletion()
    {
        var order = NewOrder(PaymentMethod.Cod);
        Assert.Null(order.Ship(OrderActor.Seller, "vnpost", "VN1", Now));
        Assert.Null(order.Deliver(OrderActor.Seller, Now));
        Assert.NotNull(order.Complete(OrderActor.Seller, Now));
        Assert.Null(order.CollectCod(OrderActor.Seller, Now));
        Assert.Equal(150_000, order.AmountPaid);
        Assert.Null(order.Complete(OrderActor.Seller, Now));
    }

    [Fact]
    public void Cancellation_Rules_DependOnWhoAsks()
    {
        var paid = NewOrder();
        paid.ReceivePayment(150_000, Now);
        Assert.NotNull(paid.Cancel(OrderActor.Buyer, null, Now));
        Assert.NotNull(paid.Cancel(OrderActor.System, null, Now));
        Assert.Null(paid.Cancel(OrderActor.Seller, "Hết hàng", Now));
        Assert.NotNull(paid.Cancel(OrderActor.Seller, null, Now));
        Assert.Null(NewOrder().Cancel(OrderActor.Buyer, null, Now));
        Assert.Null(NewOrder().Cancel(OrderActor.System, "Quá hạn", Now));
    }

    [Fact]
    public void OrderCode_IsDhDateAndId()
    {
        Assert.Equal("DH260615000042", Order.CodeFor(42, new DateTime(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("DH2606161234567", Order.CodeFor(1_234_567, new DateTime(2026, 6, 15, 18, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("DH260615000042", "DH260615000042")]
    [InlineData("thanh toan dh 260615-000042 cam on", "DH260615000042")]
    [InlineData("MBVCB.123.DH260615000042.CT tu 0123", "DH260615000042")]
    public void MemoMatching_ToleratesCaseSpacesAndDashes(string memo, string code) =>
        Assert.Contains(code, PaymentMatching.CandidateCodes(memo));

    [Fact]
    public void MemoWithoutCode_HasNoCandidates() => Assert.Empty(PaymentMatching.CandidateCodes("chuyen tien an trua"));

    [Theory]
    [InlineData(new long[] { 100_000, 50_000, 50_000 }, 180_000)]
    [InlineData(new long[] { 33_333, 33_333, 33_334 }, 99_999)]
    [InlineData(new long[] { 1, 2, 999_997 }, 500_000)]
    public void ComboSaving_IsSharedInProportion_AndTotalsAreExact(long[] values, long price)
    {
        var shares = ComboDiscount.Share(values, price);
        Assert.Equal(price, values.Sum() - shares.Sum());
        Assert.All(shares, s => Assert.True(s >= 0));
        Assert.All(values.Zip(shares), p => Assert.True(p.Second <= p.First));
    }

    [Fact]
    public void ComboDearerThanItsParts_GivesNoSaving() => Assert.All(ComboDiscount.Share([10_000, 20_000], 40_000), s => Assert.Equal(0, s));

    [Theory]
    [InlineData("14", "14", ShippingZone.SameProvince)]
    [InlineData("14", "01", ShippingZone.SameRegion)]
    [InlineData("14", "79", ShippingZone.Nationwide)]
    [InlineData("46", "68", ShippingZone.SameRegion)]
    public void Zones_FollowProvinceAndRegion(string from, string to, ShippingZone zone) => Assert.Equal(zone, ShippingFees.ZoneOf(from, to));

    [Fact]
    public void Fee_UsesTheLightestFittingBand_ThenAddsPerKilogram()
    {
        var carrier = new Carrier { Code = "x", Name = "X", ExtraPerKg = 5_000 };
        carrier.Rates.AddRange([
            new ShippingRate { CarrierCode = "x", Zone = ShippingZone.SameProvince, MaxGrams = 500, Fee = 15_000 },
            new ShippingRate { CarrierCode = "x", Zone = ShippingZone.SameProvince, MaxGrams = 2000, Fee = 25_000 },
        ]);
        Assert.Equal(15_000, ShippingFees.Fee(carrier, ShippingZone.SameProvince, 500));
        Assert.Equal(25_000, ShippingFees.Fee(carrier, ShippingZone.SameProvince, 501));
        Assert.Equal(35_000, ShippingFees.Fee(carrier, ShippingZone.SameProvince, 3500));
        Assert.Null(ShippingFees.Fee(carrier, ShippingZone.Nationwide, 100));
    }
}
