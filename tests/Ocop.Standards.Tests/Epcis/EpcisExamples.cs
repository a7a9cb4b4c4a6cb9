namespace Ocop.Standards.Tests.Epcis;

/// <summary>Documents shaped like the examples in standards.md §2 (skeleton §2.2, identifiers §2.6, sensors §2.7).</summary>
internal static class EpcisExamples
{
    public const string FarmToShelf = """
        {
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                       {"vn": "https://truyxuat.example.vn/voc/"}],
          "type": "EPCISDocument",
          "schemaVersion": "2.0",
          "creationDate": "2025-06-15T08:00:00+07:00",
          "epcisBody": {
            "eventList": [
              {
                "type": "ObjectEvent",
                "eventTime": "2025-06-10T06:30:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "eventID": "urn:uuid:6f1c7d0e-3c55-4b8a-9d7e-1d2f3a4b5c6d",
                "action": "ADD",
                "bizStep": "https://truyxuat.example.vn/voc/bizStep-harvesting",
                "disposition": "active",
                "quantityList": [
                  {"epcClass": "https://id.gs1.org/01/08931234123451/10/L2024A", "quantity": 1200, "uom": "KGM"}
                ],
                "bizLocation": {"id": "https://id.gs1.org/414/8931234000011"},
                "ilmd": {"vn:harvestDate": "2025-06-10", "vn:farmPlot": "LO-07", "vn:vietGapCertificate": "VG-2025-001"},
                "certificationInfo": "https://truyxuat.example.vn/certificates/VG-2025-001"
              },
              {
                "type": "TransformationEvent",
                "eventTime": "2025-06-11T09:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "inputQuantityList": [
                  {"epcClass": "https://id.gs1.org/01/08931234123451/10/L2024A", "quantity": 1200, "uom": "KGM"}
                ],
                "outputQuantityList": [
                  {"epcClass": "https://id.gs1.org/01/18931234123458/10/S2024A", "quantity": 300, "uom": "KGM"}
                ],
                "bizStep": "commissioning",
                "disposition": "active",
                "readPoint": {"id": "urn:epc:id:sgln:8931234.00001.WH1"},
                "ilmd": {"vn:dryingMethod": "sun"},
                "certificationInfo": ["https://accreditation.example.org/c/1", "https://accreditation.example.org/c/2"]
              },
              {
                "type": "AggregationEvent",
                "eventTime": "2025-06-12T14:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "action": "ADD",
                "parentID": "https://id.gs1.org/00/106141411234567897",
                "childEPCs": ["https://id.gs1.org/01/08931234123451/21/SN001"],
                "childQuantityList": [
                  {"epcClass": "https://id.gs1.org/01/18931234123458/10/S2024A", "quantity": 50}
                ],
                "bizStep": "packing",
                "disposition": "container_closed"
              },
              {
                "type": "ObjectEvent",
                "eventTime": "2025-06-13T05:15:00Z",
                "eventTimeZoneOffset": "+07:00",
                "action": "OBSERVE",
                "epcList": ["https://id.gs1.org/00/106141411234567897"],
                "bizStep": "shipping",
                "disposition": "in_transit",
                "readPoint": {"id": "https://id.gs1.org/414/8931234000011/254/WH1"},
                "bizTransactionList": [
                  {"type": "po", "bizTransaction": "urn:epc:id:gdti:8931234.00002.PO-42"},
                  {"type": "desadv", "bizTransaction": "https://truyxuat.example.vn/desadv/42"}
                ],
                "sourceList": [{"type": "owning_party", "source": "https://id.gs1.org/417/8931234000011"}],
                "destinationList": [{"type": "location", "destination": "urn:epc:id:sgln:8931234.00001.0"}],
                "persistentDisposition": {"set": ["in_transit"], "unset": ["available"]}
              },
              {
                "type": "ObjectEvent",
                "eventTime": "2025-06-13T10:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "action": "OBSERVE",
                "bizStep": "sensor_reporting",
                "readPoint": {"id": "urn:epc:id:sgln:8931234.00001.0"},
                "sensorElementList": [
                  {
                    "sensorMetadata": {"time": "2025-06-13T10:00:00+07:00", "deviceID": "urn:epc:id:giai:8931234.T1"},
                    "sensorReport": [
                      {"type": "Temperature", "value": 26.0, "uom": "CEL"},
                      {"type": "AbsoluteHumidity", "value": 12.1, "uom": "A93"}
                    ]
                  }
                ]
              },
              {
                "type": "AggregationEvent",
                "eventTime": "2025-06-14T08:00:00+07:00",
                "eventTimeZoneOffset": "+07:00",
                "action": "DELETE",
                "parentID": "https://id.gs1.org/00/106141411234567897",
                "bizStep": "unpacking"
              }
            ]
          }
        }
        """;

    public const string QueryResult = """
        {
          "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
          "type": "EPCISQueryDocument",
          "schemaVersion": "2.0",
          "creationDate": "2025-06-15T08:00:00+07:00",
          "epcisBody": {
            "queryResults": {
              "queryName": "SimpleEventQuery",
              "resultsBody": {
                "eventList": [
                  {
                    "eventTime": "2025-06-13T10:00:00+07:00",
                    "type": "ObjectEvent",
                    "eventTimeZoneOffset": "+07:00",
                    "action": "OBSERVE",
                    "epcList": ["https://id.gs1.org/01/08931234123451/21/SN001"],
                    "bizStep": "retail_selling",
                    "disposition": "retail_sold"
                  }
                ]
              }
            }
          }
        }
        """;
}
