using Ocop.Features.Traceability;
using Ocop.Standards.Epcis;

namespace Ocop.Tests.Traceability;

/// <summary>Every event the producer pages build is valid EPCIS 2.0 (checked here, and against the GS1 schema by ./test.sh).</summary>
public sealed class TraceEventBuilderTests
{
    private static readonly DateTime Now = new(2026, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private static Lot NewLot(int id, string number, string unit = "KGM") => new()
    {
        Id = id, ProductId = 1, ProducerId = 7, Number = number, Gtin = "08931234123451", Quantity = 120, Unit = unit,
        HarvestedOn = new DateOnly(2026, 7, 9),
    };

    [Fact]
    public void EveryStep_BuildsAValidDocument_WithPlus7OffsetsAndLotDigitalLinks()
    {
        var fresh = NewLot(1, "NSM-A01");
        var other = NewLot(2, "NSM-B01");
        var dried = NewLot(3, "LNS-01", "H87");
        const string farm = "https://id.gs1.org/414/8930000000002/254/P7-L1";
        const string workshop = "https://id.gs1.org/414/8930000000002/254/P7-L2";
        var readings = new List<(DateTime, decimal)> { (Now.AddHours(-1), 4.5m), (Now, 5.1m) };
        var document = TraceEventBuilder.Document(Now,
            TraceEventBuilder.Harvest(fresh, farm, Now, "Lô 3", "VietGAP", [TraceEventBuilder.Temperatures(readings)]),
            TraceEventBuilder.Inspection(fresh, farm, Now, true, "Độ ngọt 19 °Brix"),
            TraceEventBuilder.Processing([(fresh, 100m), (other, 80m)], dried, workshop, Now, "Sấy lạnh"),
            TraceEventBuilder.Packing(dried, TraceIds.CartonOf("8930000000002", dried.Id, 1), 60, workshop, Now),
            TraceEventBuilder.Storage(dried, workshop, Now, readings),
            TraceEventBuilder.Shipping(dried, 60, null, 7, workshop, TraceIds.CommuneOf("00004"), Now, "DH260710000001"),
            TraceEventBuilder.Receiving(dried, 60, null, 7, TraceIds.CommuneOf("00004"), Now, byConsumer: true, "DH260710000001"));
        Assert.Empty(EpcisValidator.Validate(document));
        var json = EpcisJson.Serialize(document);
        EmittedDocuments.Save("builder", json);
        Assert.Contains("\"eventTime\":\"2026-07-10T08:00:00+07:00\"", json);
        Assert.Contains("https://id.gs1.org/01/08931234123451/10/NSM-A01", json);
        Assert.Contains("\"ocop:farmingStandard\":\"VietGAP\"", json);
        Assert.DoesNotContain("\"action\"", json[json.IndexOf("TransformationEvent", StringComparison.Ordinal)..json.IndexOf("AggregationEvent", StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("https://shop.example.vn/01/08931234123451/10/L1?17=261231", "/01/08931234123451/10/L1")]
    [InlineData("urn:epc:class:lgtin:8931234.012345.L1", "/01/08931234123451/10/L1")]
    [InlineData("urn:epc:id:sgln:8931234.00001.0", "/414/8931234000011")]
    [InlineData("https://example.vn/thung/7", "https://example.vn/thung/7")]
    [InlineData("https://id.gs1.org/01/08931234123450/10/L1", null)]
    public void Identifiers_OnAnyHost_OrAsEpcUrns_ShareOneKey(string identifier, string? key) =>
        Assert.Equal(key, TraceIds.KeyOf(identifier));
}
