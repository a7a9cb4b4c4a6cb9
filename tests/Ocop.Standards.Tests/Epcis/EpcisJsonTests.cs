using System.Text.Json;
using System.Text.Json.Nodes;
using Ocop.Standards.Epcis;

namespace Ocop.Standards.Tests.Epcis;

public class EpcisJsonTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public void ReadDocument_FarmToShelf_ReadsEveryEventType()
    {
        var (document, error) = EpcisJson.ReadDocument(EpcisExamples.FarmToShelf);

        Assert.Null(error);
        var events = document!.EpcisBody!.EventList!;
        Assert.Equal(["ObjectEvent", "TransformationEvent", "AggregationEvent", "ObjectEvent", "ObjectEvent", "AggregationEvent"],
            events.Select(e => e.Type));

        var harvest = Assert.IsType<ObjectEvent>(events[0]);
        Assert.Equal(EpcisAction.Add, harvest.Action);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 6, 30, 0, Vietnam), harvest.EventTime);
        Assert.Equal(Vietnam, harvest.EventTime!.Value.Offset);
        Assert.Equal(new QuantityElement("https://id.gs1.org/01/08931234123451/10/L2024A", 1200, "KGM"), harvest.QuantityList![0]);
        Assert.Equal("LO-07", harvest.Ilmd!["vn:farmPlot"]!.GetValue<string>());
        Assert.Equal(["https://truyxuat.example.vn/certificates/VG-2025-001"], harvest.CertificationInfo);

        var processing = Assert.IsType<TransformationEvent>(events[1]);
        Assert.Equal(2, processing.CertificationInfo!.Count);
        Assert.Equal("urn:epc:id:sgln:8931234.00001.WH1", processing.ReadPoint!.Id);

        var packing = Assert.IsType<AggregationEvent>(events[2]);
        Assert.Equal("https://id.gs1.org/00/106141411234567897", packing.ParentId);
        Assert.Single(packing.ChildEpcs!);

        var shipping = Assert.IsType<ObjectEvent>(events[3]);
        Assert.Equal(new BizTransaction("po", "urn:epc:id:gdti:8931234.00002.PO-42"), shipping.BizTransactionList![0]);
        Assert.Equal(new EpcisSource("owning_party", "https://id.gs1.org/417/8931234000011"), shipping.SourceList![0]);
        Assert.Equal(new EpcisDestination("location", "urn:epc:id:sgln:8931234.00001.0"), shipping.DestinationList![0]);
        Assert.Equal(["in_transit"], shipping.PersistentDisposition!.Set);

        var sensing = Assert.IsType<ObjectEvent>(events[4]);
        var report = sensing.SensorElementList![0].SensorReport![0];
        Assert.Equal(("Temperature", 26.0m, "CEL"), (report.Type, report.Value!.Value, report.Uom));
        Assert.Equal("urn:epc:id:giai:8931234.T1", sensing.SensorElementList[0].SensorMetadata!.DeviceId);
    }

    [Fact]
    public void ReadDocument_TypeNotFirst_IsStillRead()
    {
        var (document, error) = EpcisJson.ReadQueryDocument(EpcisExamples.QueryResult);
        Assert.Null(error);
        Assert.IsType<ObjectEvent>(document!.EpcisBody!.QueryResults!.ResultsBody!.EventList![0]);
        Assert.Equal("SimpleEventQuery", document.EpcisBody.QueryResults.QueryName);
    }

    [Fact]
    public void Serialize_WritesContextTypeAndOffsets()
    {
        var document = new EpcisDocument
        {
            Context = EpcisContext.Create(new Dictionary<string, string> { ["vn"] = "https://truyxuat.example.vn/voc/" }),
            CreationDate = new DateTimeOffset(2025, 6, 15, 8, 0, 0, Vietnam),
            EpcisBody = new EpcisBody
            {
                EventList =
                [
                    new ObjectEvent
                    {
                        EventTime = new DateTimeOffset(2025, 6, 10, 6, 30, 0, Vietnam),
                        EventTimeZoneOffset = "+07:00",
                        Action = EpcisAction.Add,
                        BizStep = "commissioning",
                        Disposition = "active",
                        QuantityList = [new QuantityElement("https://id.gs1.org/01/08931234123451/10/L2024A", 1200, "KGM")],
                        Ilmd = new JsonObject { ["vn:farmPlot"] = "Lô 7 – Sơn La" },
                        CertificationInfo = ["https://truyxuat.example.vn/certificates/VG-2025-001"],
                    },
                ],
            },
        };

        var json = EpcisJson.Serialize(document);
        var root = JsonNode.Parse(json)!;

        Assert.StartsWith("""{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",""", json);
        Assert.Equal("""["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"vn":"https://truyxuat.example.vn/voc/"}]""",
            root["@context"]!.ToJsonString());
        Assert.Equal("EPCISDocument", (string?)root["type"]);
        Assert.Equal("2.0", (string?)root["schemaVersion"]);
        Assert.Equal("2025-06-15T08:00:00+07:00", (string?)root["creationDate"]);
        var e = root["epcisBody"]!["eventList"]![0]!;
        Assert.Equal("ObjectEvent", (string?)e["type"]);
        Assert.Equal("2025-06-10T06:30:00+07:00", (string?)e["eventTime"]);
        Assert.Equal("ADD", (string?)e["action"]);
        Assert.Equal("https://truyxuat.example.vn/certificates/VG-2025-001", (string?)e["certificationInfo"]);
        Assert.Null(e["epcList"]);
        Assert.Null(e["recordTime"]);
        Assert.Contains("Lô 7 – Sơn La", json);
        Assert.StartsWith("""{"type":"ObjectEvent",""", e.ToJsonString());
    }

    [Fact]
    public void Serialize_ThenRead_KeepsExtensionsAndEveryEvent()
    {
        var (document, _) = EpcisJson.ReadDocument(EpcisExamples.FarmToShelf);
        var json = EpcisJson.Serialize(document!);
        var (again, error) = EpcisJson.ReadDocument(json);

        Assert.Null(error);
        Assert.Equal(6, again!.EpcisBody!.EventList!.Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EpcisExamples.FarmToShelf)!["@context"], JsonNode.Parse(json)!["@context"]));
        Assert.Empty(EpcisValidator.Validate(again));
    }

    [Fact]
    public void Serialize_QueryDocument_NestsResults()
    {
        var query = new EpcisQueryDocument
        {
            CreationDate = new DateTimeOffset(2025, 6, 15, 8, 0, 0, Vietnam),
            EpcisBody = new EpcisQueryBody
            {
                QueryResults = new EpcisQueryResults
                {
                    QueryName = "SimpleEventQuery",
                    ResultsBody = new EpcisResultsBody
                    {
                        EventList =
                        [
                            new AggregationEvent
                            {
                                EventTime = new DateTimeOffset(2025, 6, 14, 8, 0, 0, Vietnam),
                                EventTimeZoneOffset = "+07:00",
                                Action = EpcisAction.Delete,
                                ParentId = "https://id.gs1.org/00/106141411234567897",
                            },
                        ],
                    },
                },
            },
        };

        var root = JsonNode.Parse(EpcisJson.Serialize(query))!;
        Assert.Equal("EPCISQueryDocument", (string?)root["type"]);
        Assert.Equal("""["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"]""", root["@context"]!.ToJsonString());
        var e = root["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]![0]!;
        Assert.Equal(("AggregationEvent", "DELETE"), ((string?)e["type"], (string?)e["action"]));
        Assert.Equal("SimpleEventQuery", (string?)root["epcisBody"]!["queryResults"]!["queryName"]);
    }

    [Fact]
    public void Serialize_TransformationEvent_HasNoAction()
    {
        var json = JsonSerializer.Serialize<EpcisEvent>(new TransformationEvent
        {
            EventTime = DateTimeOffset.UnixEpoch,
            EventTimeZoneOffset = "+00:00",
            TransformationId = "urn:uuid:1",
        }, EpcisJson.Options);
        Assert.DoesNotContain("action", json);
        Assert.Contains("\"transformationID\":\"urn:uuid:1\"", json);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("""{"type":"EPCISDocument","epcisBody":{"eventList":[{"type":"TransactionEvent"}]}}""")]
    public void ReadDocument_Unreadable_ReturnsAnErrorInsteadOfThrowing(string json)
    {
        var (document, error) = EpcisJson.ReadDocument(json);
        Assert.Null(document);
        Assert.Equal("json", error!.Code);
    }

    [Fact]
    public void ReadDocument_BadActionValue_PointsAtTheEvent()
    {
        var json = EpcisExamples.FarmToShelf.Replace("\"action\": \"DELETE\"", "\"action\": \"MOVE\"");
        var (_, error) = EpcisJson.ReadDocument(json);
        Assert.Equal(5, error!.EventIndex);
    }
}
