using System.Text.Json.Nodes;

namespace Ocop.Standards.Epcis;

/// <summary>Applies the per-event rules of <see cref="EpcisValidator"/> to one event.</summary>
internal sealed class EventChecker(EpcisEvent e, int index, IReadOnlySet<string> prefixes, List<EpcisValidationError> errors)
{
    public void Run()
    {
        CheckCommon();
        switch (e)
        {
            case ObjectEvent o: CheckObject(o); break;
            case AggregationEvent a: CheckAggregation(a); break;
            case TransformationEvent t: CheckTransformation(t); break;
        }
    }

    private void Add(string code, string message) => errors.Add(new(index, code, $"{e.Type}: {message}"));

    private void CheckCommon()
    {
        if (e.EventTime is null) Add("required", "eventTime is required.");
        if (e.EventTimeZoneOffset is null) Add("required", "eventTimeZoneOffset is required.");
        else if (!EpcisValidator.TimeZoneOffset().IsMatch(e.EventTimeZoneOffset))
            Add("time-zone-offset", $"eventTimeZoneOffset must look like \"+07:00\", found \"{e.EventTimeZoneOffset}\".");
        if (e.EventId is not null) Uri("eventID", e.EventId);

        Vocabulary("bizStep", e.BizStep, Cbv.BizSteps);
        Vocabulary("disposition", e.Disposition, Cbv.Dispositions);
        foreach (var d in e.PersistentDisposition?.Set ?? []) Vocabulary("persistentDisposition.set", d, Cbv.Dispositions);
        foreach (var d in e.PersistentDisposition?.Unset ?? []) Vocabulary("persistentDisposition.unset", d, Cbv.Dispositions);

        Location("readPoint", e.ReadPoint);
        Location("bizLocation", e.BizLocation);
        foreach (var t in e.BizTransactionList ?? [])
        {
            TypeValue("bizTransactionList", t.Type, Cbv.BizTransactionTypes);
            Uri("bizTransactionList.bizTransaction", t.Value);
        }
        foreach (var s in e.SourceList ?? [])
        {
            TypeValue("sourceList", s.Type, Cbv.SourceDestinationTypes, required: true);
            Uri("sourceList.source", s.Source);
        }
        foreach (var d in e.DestinationList ?? [])
        {
            TypeValue("destinationList", d.Type, Cbv.SourceDestinationTypes, required: true);
            Uri("destinationList.destination", d.Destination);
        }
        foreach (var c in e.CertificationInfo ?? []) Uri("certificationInfo", c);
        CheckSensors();
        CheckExtensions();
    }

    private void CheckObject(ObjectEvent o)
    {
        if (o.Action is null) Add("action-required", "action (ADD, OBSERVE or DELETE) is required.");
        Uris("epcList", o.EpcList);
        Quantities("quantityList", o.QuantityList);
        var hasWhat = o.EpcList is { Count: > 0 } || o.QuantityList is { Count: > 0 }
                      || (o.SensorElementList is { Count: > 0 } && o.ReadPoint is not null);
        if (!hasWhat) Add("what-missing", "needs epcList, quantityList, or sensorElementList together with readPoint.");
        if (o.Ilmd is not null)
        {
            if (o.Action != EpcisAction.Add) Add("ilmd-without-add", "ilmd is allowed only when action is ADD.");
            Ilmd(o.Ilmd);
        }
    }

    private void CheckAggregation(AggregationEvent a)
    {
        if (a.Action is null) Add("action-required", "action (ADD, OBSERVE or DELETE) is required.");
        if (a.ParentId is not null) Uri("parentID", a.ParentId);
        Uris("childEPCs", a.ChildEpcs);
        Quantities("childQuantityList", a.ChildQuantityList);
        var hasChildren = a.ChildEpcs is { Count: > 0 } || a.ChildQuantityList is { Count: > 0 };
        if (!hasChildren && a.Action is EpcisAction.Add or EpcisAction.Observe)
            Add("children-missing", "needs childEPCs or childQuantityList unless action is DELETE.");
    }

    private void CheckTransformation(TransformationEvent t)
    {
        if (e.Extensions?.ContainsKey("action") == true)
            Add("transformation-action", "a TransformationEvent has no action field.");
        Uris("inputEPCList", t.InputEpcList);
        Uris("outputEPCList", t.OutputEpcList);
        Quantities("inputQuantityList", t.InputQuantityList);
        Quantities("outputQuantityList", t.OutputQuantityList);
        var hasInput = t.InputEpcList is { Count: > 0 } || t.InputQuantityList is { Count: > 0 };
        var hasOutput = t.OutputEpcList is { Count: > 0 } || t.OutputQuantityList is { Count: > 0 };
        if (t.TransformationId is not null) Uri("transformationID", t.TransformationId);
        var ok = (hasInput && hasOutput) || (t.TransformationId is not null && (hasInput || hasOutput));
        if (!ok) Add("inputs-outputs", "needs at least one input and one output, or a transformationID with at least one of them.");
        if (t.Ilmd is not null) Ilmd(t.Ilmd);
    }

    private void CheckSensors()
    {
        foreach (var element in e.SensorElementList ?? [])
        {
            if (element.SensorReport is not { Count: > 0 })
            {
                Add("sensor-report", "each sensorElement needs a non-empty sensorReport.");
                continue;
            }
            foreach (var report in element.SensorReport)
            {
                if (string.IsNullOrEmpty(report.Type)) Add("sensor-report", "each sensorReport needs a type, e.g. \"Temperature\".");
                if (report.Uom is not null && !EpcisValidator.UnitOfMeasure().IsMatch(report.Uom))
                    Add("uom", $"sensorReport uom must be a UN/CEFACT code such as \"CEL\", found \"{report.Uom}\".");
            }
        }
    }

    private void CheckExtensions()
    {
        foreach (var name in e.Extensions?.Keys ?? Enumerable.Empty<string>())
        {
            if (name == "action" && e is TransformationEvent) continue;
            if (name is "@context" or "type") continue;
            PropertyName("extension", name);
        }
    }

    private void Ilmd(JsonObject ilmd)
    {
        foreach (var (name, _) in ilmd) PropertyName("ilmd", name);
    }

    // Extension property names must be absolute URIs or CURIEs whose prefix the @context declares.
    private void PropertyName(string where, string name)
    {
        var colon = name.IndexOf(':');
        if (colon <= 0)
        {
            Add("extension-namespace", $"{where} property \"{name}\" must be namespaced, e.g. \"vn:{name}\".");
            return;
        }
        var prefix = name[..colon];
        if (IsAbsoluteUri(name) && (prefix is "http" or "https" or "urn")) return;
        if (!prefixes.Contains(prefix))
            Add("extension-namespace", $"{where} property \"{name}\" uses prefix \"{prefix}\", which @context does not declare.");
    }

    private void Vocabulary(string field, string? value, IReadOnlySet<string> bareWords)
    {
        if (value is null || bareWords.Contains(value)) return;
        var standard = Cbv.StandardUriPrefixes.FirstOrDefault(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (standard is not null)
        {
            var word = value[(value.LastIndexOfAny(['-', ':', '/']) + 1)..];
            Add("cbv-" + field.Split('.')[0].ToLowerInvariant(),
                $"{field} \"{value}\" is a standard CBV URI; write the bare word \"{word}\" instead.");
        }
        else if (!IsAbsoluteUri(value))
        {
            Add("cbv-" + field.Split('.')[0].ToLowerInvariant(),
                $"{field} \"{value}\" is neither a CBV 2.0 value nor a URI.");
        }
    }

    private void TypeValue(string field, string? type, IReadOnlySet<string> bareWords, bool required = false)
    {
        if (type is null)
        {
            if (required) Add("required", $"{field} entries need a type.");
            return;
        }
        if (!bareWords.Contains(type) && !IsAbsoluteUri(type))
            Add("cbv-type", $"{field} type \"{type}\" is neither a CBV value ({string.Join(", ", bareWords)}) nor a URI.");
    }

    private void Location(string field, EpcisLocation? location)
    {
        if (location is null) return;
        if (string.IsNullOrEmpty(location.Id)) Add("required", $"{field}.id is required.");
        else Uri($"{field}.id", location.Id);
    }

    private void Quantities(string field, IReadOnlyList<QuantityElement>? quantities)
    {
        foreach (var q in quantities ?? [])
        {
            if (string.IsNullOrEmpty(q.EpcClass)) Add("required", $"{field} entries need epcClass.");
            else Uri($"{field}.epcClass", q.EpcClass);
            if (q.Uom is not null && !EpcisValidator.UnitOfMeasure().IsMatch(q.Uom))
                Add("uom", $"{field} uom must be a UN/CEFACT Rec 20 code such as \"KGM\", found \"{q.Uom}\".");
            if (q.Quantity is < 0) Add("quantity", $"{field} quantity must not be negative.");
        }
    }

    private void Uris(string field, IReadOnlyList<string>? values)
    {
        foreach (var v in values ?? []) Uri(field, v);
    }

    private void Uri(string field, string? value)
    {
        if (value is null || !IsAbsoluteUri(value)) Add("uri", $"{field} must be a URI, found \"{value}\".");
    }

    private static bool IsAbsoluteUri(string value) =>
        value.Length > 0 && !value.Any(char.IsWhiteSpace) && System.Uri.TryCreate(value, UriKind.Absolute, out _) && value.Contains(':');
}
