using System.Text.Json.Nodes;
using Ocop.Standards.Epcis;

namespace Ocop.Standards.Tests.Epcis;

public class EpcisValidatorTests
{
    private static readonly DateTimeOffset Time = new(2025, 6, 13, 10, 0, 0, TimeSpan.FromHours(7));

    private static ObjectEvent Observe() => new()
    {
        EventTime = Time,
        EventTimeZoneOffset = "+07:00",
        Action = EpcisAction.Observe,
        EpcList = ["https://id.gs1.org/01/08931234123451/21/SN001"],
    };

    private static EpcisValidationError Single(EpcisEvent e, IReadOnlySet<string>? prefixes = null) =>
        Assert.Single(EpcisValidator.Validate(e, 0, prefixes));

    private static string ReplaceInExample(string from, string to)
    {
        Assert.Contains(from, EpcisExamples.FarmToShelf);
        return EpcisExamples.FarmToShelf.Replace(from, to);
    }

    [Fact]
    public void Examples_AreValid()
    {
        Assert.Empty(EpcisValidator.ValidateDocumentJson(EpcisExamples.FarmToShelf));
        Assert.Empty(EpcisValidator.ValidateQueryDocumentJson(EpcisExamples.QueryResult));
    }

    [Fact]
    public void MissingEventTimeAndOffset_AreRequired()
    {
        var errors = EpcisValidator.Validate(Observe() with { EventTime = null, EventTimeZoneOffset = null });
        Assert.Equal(["required", "required"], errors.Select(e => e.Code));
        Assert.Contains(errors, e => e.Message.Contains("eventTime is required"));
        Assert.Contains(errors, e => e.Message.Contains("eventTimeZoneOffset is required"));
    }

    [Theory]
    [InlineData("+07:00", true)]
    [InlineData("-03:30", true)]
    [InlineData("+14:00", true)]
    [InlineData("+00:00", true)]
    [InlineData("+7:00", false)]
    [InlineData("07:00", false)]
    [InlineData("+14:30", false)]
    [InlineData("+15:00", false)]
    [InlineData("+07:60", false)]
    [InlineData("Z", false)]
    public void TimeZoneOffset_FollowsTheSchemaPattern(string offset, bool valid)
    {
        var errors = EpcisValidator.Validate(Observe() with { EventTimeZoneOffset = offset });
        if (valid) Assert.Empty(errors);
        else Assert.Equal("time-zone-offset", Assert.Single(errors).Code);
    }

    [Fact]
    public void IlmdWithObserve_IsRejected_WithTheEventIndex()
    {
        var json = ReplaceInExample("\"action\": \"ADD\",\n        \"bizStep\": \"https://truyxuat", "\"action\": \"OBSERVE\",\n        \"bizStep\": \"https://truyxuat");
        var error = Assert.Single(EpcisValidator.ValidateDocumentJson(json));
        Assert.Equal((0, "ilmd-without-add"), (error.EventIndex, error.Code));
    }

    [Fact]
    public void IlmdPropertyNames_MustBeNamespaced()
    {
        var e = Observe() with { Action = EpcisAction.Add, Ilmd = new JsonObject { ["farmPlot"] = "LO-07" } };
        Assert.Equal("extension-namespace", Single(e).Code);
    }

    [Fact]
    public void TransformationEventWithAction_IsRejected()
    {
        var json = ReplaceInExample("\"type\": \"TransformationEvent\",", "\"type\": \"TransformationEvent\", \"action\": \"ADD\",");
        var error = Assert.Single(EpcisValidator.ValidateDocumentJson(json));
        Assert.Equal((1, "transformation-action"), (error.EventIndex, error.Code));
    }

    [Fact]
    public void ObjectEventWithoutAction_IsRejected()
    {
        Assert.Equal("action-required", Single(Observe() with { Action = null }).Code);
    }

    [Fact]
    public void ObjectEventWithoutWhat_IsRejected()
    {
        Assert.Equal("what-missing", Single(Observe() with { EpcList = [] }).Code);
    }

    [Fact]
    public void ObjectEventWithSensorsButNoReadPoint_IsRejected()
    {
        var sensors = new[] { new SensorElement { SensorReport = [new SensorReport { Type = "Temperature", Value = 4, Uom = "CEL" }] } };
        Assert.Equal("what-missing", Single(Observe() with { EpcList = null, SensorElementList = sensors }).Code);
        Assert.Empty(EpcisValidator.Validate(Observe() with
        {
            EpcList = null, SensorElementList = sensors, ReadPoint = new EpcisLocation("urn:epc:id:sgln:8931234.00001.0"),
        }));
    }

    [Fact]
    public void SensorReportWithoutType_IsRejected()
    {
        var e = Observe() with { SensorElementList = [new SensorElement { SensorReport = [new SensorReport { Value = 4 }] }] };
        Assert.Equal("sensor-report", Single(e).Code);
        Assert.Equal("sensor-report", Single(Observe() with { SensorElementList = [new SensorElement()] }).Code);
    }

    [Theory]
    [InlineData("shipping", null)]
    [InlineData("https://truyxuat.example.vn/voc/bizStep-harvesting", null)]
    [InlineData("urn:gdst:bizstep:farmharvest", null)]
    [InlineData("urn:epcglobal:cbv:bizstep:shipping", "cbv-bizstep")]
    [InlineData("https://ns.gs1.org/cbv/BizStep-shipping", "cbv-bizstep")]
    [InlineData("harvesting", "cbv-bizstep")]
    [InlineData("Shipping", "cbv-bizstep")]
    public void BizStep_BareWordOrNonCbvUri(string bizStep, string? code)
    {
        var errors = EpcisValidator.Validate(Observe() with { BizStep = bizStep });
        Assert.Equal(code, errors.SingleOrDefault()?.Code);
    }

    [Fact]
    public void BizStep_StandardUri_SuggestsTheBareWord()
    {
        var error = Single(Observe() with { BizStep = "urn:epcglobal:cbv:bizstep:shipping" });
        Assert.Contains("\"shipping\"", error.Message);
    }

    [Theory]
    [InlineData("in_transit", null)]
    [InlineData("https://ns.gs1.org/cbv/Disp-in_transit", "cbv-disposition")]
    [InlineData("urn:epcglobal:cbv:disp:in_transit", "cbv-disposition")]
    [InlineData("on_the_way", "cbv-disposition")]
    public void Disposition_BareWordOrNonCbvUri(string disposition, string? code)
    {
        var errors = EpcisValidator.Validate(Observe() with { Disposition = disposition });
        Assert.Equal(code, errors.SingleOrDefault()?.Code);
    }

    [Fact]
    public void PersistentDisposition_UsesTheSameVocabulary()
    {
        var e = Observe() with { PersistentDisposition = new PersistentDisposition { Set = ["recalled"], Unset = ["gone"] } };
        Assert.Equal("cbv-persistentdisposition", Single(e).Code);
    }

    [Fact]
    public void AggregationDelete_MayOmitChildren_OtherActionsMayNot()
    {
        var unpack = new AggregationEvent
        {
            EventTime = Time, EventTimeZoneOffset = "+07:00", Action = EpcisAction.Delete,
            ParentId = "https://id.gs1.org/00/106141411234567897",
        };
        Assert.Empty(EpcisValidator.Validate(unpack));
        Assert.Equal("children-missing", Single(unpack with { Action = EpcisAction.Add }).Code);
        Assert.Equal("action-required", Single(unpack with { Action = null }).Code);
    }

    [Fact]
    public void Transformation_NeedsInputAndOutput_OrAnIdWithOne()
    {
        var inputsOnly = new TransformationEvent
        {
            EventTime = Time, EventTimeZoneOffset = "+07:00",
            InputQuantityList = [new QuantityElement("https://id.gs1.org/01/08931234123451/10/L1", 10, "KGM")],
        };
        Assert.Equal("inputs-outputs", Single(inputsOnly).Code);
        Assert.Empty(EpcisValidator.Validate(inputsOnly with { TransformationId = "urn:uuid:5f0e" }));
        Assert.Empty(EpcisValidator.Validate(inputsOnly with { OutputEpcList = ["https://id.gs1.org/01/18931234123458/21/1"] }));
    }

    [Theory]
    [InlineData("KGM", null)]
    [InlineData("A93", null)]
    [InlineData("kg", "uom")]
    [InlineData("KGMS", "uom")]
    public void QuantityUom_IsARec20Code(string uom, string? code)
    {
        var e = Observe() with { EpcList = null, QuantityList = [new QuantityElement("https://id.gs1.org/01/08931234123451/10/L1", 5, uom)] };
        Assert.Equal(code, EpcisValidator.Validate(e).SingleOrDefault()?.Code);
    }

    [Fact]
    public void Identifiers_MustBeUris()
    {
        var e = Observe() with
        {
            EpcList = ["08931234123451"],
            ReadPoint = new EpcisLocation("kho 1"),
            BizTransactionList = [new BizTransaction("po", "PO-42")],
            CertificationInfo = ["VG-2025-001"],
        };
        var errors = EpcisValidator.Validate(e);
        Assert.Equal(4, errors.Count);
        Assert.All(errors, error => Assert.Equal("uri", error.Code));
    }

    [Fact]
    public void SourceAndTransactionTypes_AreChecked()
    {
        var e = Observe() with
        {
            SourceList = [new EpcisSource("owner", "https://id.gs1.org/417/8931234000011")],
            BizTransactionList = [new BizTransaction("order", "urn:epc:id:gdti:8931234.00002.1")],
        };
        Assert.Equal(["cbv-type", "cbv-type"], EpcisValidator.Validate(e).Select(x => x.Code));
    }

    [Fact]
    public void Extensions_MustUseADeclaredPrefix()
    {
        var declared = new HashSet<string> { "vn" };
        var withDeclared = Observe() with { Extensions = new() { ["vn:farmPlot"] = JsonNodeElement("\"LO-07\"") } };
        Assert.Empty(EpcisValidator.Validate(withDeclared, 0, declared));

        Assert.Equal("extension-namespace",
            Single(Observe() with { Extensions = new() { ["xx:farmPlot"] = JsonNodeElement("1") } }, declared).Code);
        Assert.Equal("extension-namespace",
            Single(Observe() with { Extensions = new() { ["farmPlot"] = JsonNodeElement("1") } }, declared).Code);
        Assert.Empty(EpcisValidator.Validate(
            Observe() with { Extensions = new() { ["https://truyxuat.example.vn/voc/farmPlot"] = JsonNodeElement("1") } }, 0, declared));
    }

    [Fact]
    public void UndeclaredPrefixInDocument_IsReportedForThatEvent()
    {
        var json = ReplaceInExample("\"bizStep\": \"packing\",", "\"bizStep\": \"packing\", \"gdst:productOwner\": \"urn:epc:id:pgln:8931234.00001\",");
        var error = Assert.Single(EpcisValidator.ValidateDocumentJson(json));
        Assert.Equal((2, "extension-namespace"), (error.EventIndex, error.Code));
    }

    [Fact]
    public void DocumentHeader_Problems_HaveNoEventIndex()
    {
        var document = new EpcisDocument
        {
            Context = JsonValue.Create("https://example.org/other-context.jsonld"),
            Type = "EPCISQueryDocument",
            SchemaVersion = "1.2",
            EpcisBody = new EpcisBody(),
        };
        var errors = EpcisValidator.Validate(document);
        Assert.Equal(["context", "document-type", "schema-version", "required", "required"], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.Null(e.EventIndex));
    }

    [Theory]
    [InlineData("\"type\": \"EPCISDocument\",", "document-type")]
    [InlineData("\"schemaVersion\": \"2.0\",", "required")]
    [InlineData("\"creationDate\": \"2025-06-15T08:00:00+07:00\",", "required")]
    public void DocumentJson_MissingHeaderField_IsReported(string field, string code)
    {
        var error = Assert.Single(EpcisValidator.ValidateDocumentJson(ReplaceInExample(field, "")));
        Assert.Equal(code, error.Code);
        Assert.Null(error.EventIndex);
    }

    [Fact]
    public void DocumentJson_MissingContext_IsReported()
    {
        const string json = """{"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2025-06-15T08:00:00+07:00","epcisBody":{"eventList":[]}}""";
        var error = Assert.Single(EpcisValidator.ValidateDocumentJson(json));
        Assert.Equal("required", error.Code);
        Assert.Contains("@context", error.Message);
    }

    [Fact]
    public void QueryDocument_NeedsQueryName()
    {
        var json = EpcisExamples.QueryResult.Replace("\"queryName\": \"SimpleEventQuery\",", "");
        Assert.Equal("required", Assert.Single(EpcisValidator.ValidateQueryDocumentJson(json)).Code);
    }

    [Fact]
    public void SeveralBadEvents_AreAllReportedWithTheirIndexes()
    {
        var json = ReplaceInExample("\"bizStep\": \"commissioning\"", "\"bizStep\": \"harvesting\"")
            .Replace("\"disposition\": \"container_closed\"", "\"disposition\": \"urn:epcglobal:cbv:disp:container_closed\"")
            .Replace("\"uom\": \"CEL\"", "\"uom\": \"celsius\"");
        var errors = EpcisValidator.ValidateDocumentJson(json);
        Assert.Equal([(1, "cbv-bizstep"), (2, "cbv-disposition"), (4, "uom")], errors.Select(e => (e.EventIndex!.Value, e.Code)));
        Assert.StartsWith("event 1: cbv-bizstep: TransformationEvent:", errors[0].ToString());
    }

    [Fact]
    public void UnreadableJson_IsOneError()
    {
        Assert.Equal("json", Assert.Single(EpcisValidator.ValidateDocumentJson("[1,2")).Code);
    }

    private static System.Text.Json.JsonElement JsonNodeElement(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
