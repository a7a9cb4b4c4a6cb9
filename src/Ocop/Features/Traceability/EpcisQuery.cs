using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

/// <summary>The standard query parameters supported here (EPCIS 2.0 SimpleEventQuery subset).</summary>
public sealed record EpcisQueryParameters(
    IReadOnlyList<string> BizSteps, IReadOnlyList<string> Epcs, IReadOnlyList<string> EpcClasses, IReadOnlyList<string> BizLocations,
    DateTimeOffset? From, DateTimeOffset? Before, int PerPage, long After);

public sealed record EpcisQueryPage(EpcisQueryDocument Document, string? NextPageToken);

/// <summary>
/// Answers the events query: every stored event, whether captured through the API, recorded on the
/// producer pages or written by an order transition, filtered by the standard parameters and paged
/// by an opaque token (keyset on the storage order).
/// </summary>
public sealed class EpcisQuery(OcopDb db, TimeProvider clock)
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 200;
    private static readonly string[] Supported =
        ["EQ_bizStep", "MATCH_epc", "MATCH_epcClass", "GE_eventTime", "LT_eventTime", "EQ_bizLocation", "perPage", "nextPageToken"];

    /// <summary>Reads the parameters; an unknown one, a bad identifier or a bad time is a 400 naming the parameter.</summary>
    public static Result<EpcisQueryParameters> Parse(IQueryCollection query)
    {
        var v = new Validation();
        foreach (var key in query.Keys.Where(k => !Supported.Contains(k)))
            v.Add(key, $"Tham số truy vấn {key} không được hỗ trợ; dùng: {string.Join(", ", Supported)}.");
        List<string> Keys(string name)
        {
            var keys = new List<string>();
            foreach (var raw in Values(query, name))
            {
                if (TraceIds.KeyOf(raw) is { } key) keys.Add(key);
                else v.Add(name, $"\"{raw}\" không phải Digital Link hay EPC URN hợp lệ.");
            }
            return keys;
        }
        DateTimeOffset? Time(string name)
        {
            var raw = query[name].ToString();
            if (raw.Length == 0) return null;
            if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) return t;
            v.Add(name, $"{name} phải là thời điểm ISO 8601, ví dụ 2026-06-15T08:00:00+07:00.");
            return null;
        }
        var perPage = DefaultPerPage;
        if (query["perPage"].ToString() is { Length: > 0 } pp && (!int.TryParse(pp, out perPage) || perPage is < 1 or > MaxPerPage))
            v.Add("perPage", $"perPage từ 1 đến {MaxPerPage}.");
        long after = 0;
        if (query["nextPageToken"].ToString() is { Length: > 0 } token && !TryReadToken(token, out after))
            v.Add("nextPageToken", "nextPageToken không hợp lệ.");
        var parameters = new EpcisQueryParameters(Values(query, "EQ_bizStep").Select(BareBizStep).ToList(), Keys("MATCH_epc"), Keys("MATCH_epcClass"),
            Keys("EQ_bizLocation"), Time("GE_eventTime"), Time("LT_eventTime"), perPage, after);
        return v.HasErrors ? v.ToError() : parameters;
    }

    public async Task<EpcisQueryPage> RunAsync(EpcisQueryParameters p, CancellationToken ct = default)
    {
        var events = db.EpcisEvents.AsNoTracking().Where(e => e.Id > p.After);
        if (p.BizSteps.Count > 0) events = events.Where(e => e.BizStep != null && p.BizSteps.Contains(e.BizStep));
        if (p.BizLocations.Count > 0) events = events.Where(e => e.BizLocation != null && p.BizLocations.Contains(e.BizLocation));
        if (p.From is { } from) { var f = from.UtcDateTime; events = events.Where(e => e.EventTime >= f); }
        if (p.Before is { } before) { var b = before.UtcDateTime; events = events.Where(e => e.EventTime < b); }
        if (p.Epcs.Count > 0) events = events.Where(e => e.Epcs.Any(x => x.Role == EpcRole.Instance && p.Epcs.Contains(x.Key)));
        if (p.EpcClasses.Count > 0) events = events.Where(e => e.Epcs.Any(x => x.Role == EpcRole.Class && p.EpcClasses.Contains(x.Key)));
        var rows = await events.OrderBy(e => e.Id).Take(p.PerPage + 1)
            .Select(e => new EventJson(e.Id, e.Json, e.Namespaces)).ToListAsync(ct);
        var next = rows.Count > p.PerPage ? WriteToken(rows[p.PerPage - 1].Id) : null;
        return new EpcisQueryPage(Document(rows.Take(p.PerPage).ToList(), clock), next);
    }

    /// <summary>Stored events as they were captured, in one query document whose context declares every namespace they use.</summary>
    public static EpcisQueryDocument Document(IReadOnlyList<EventJson> rows, TimeProvider clock)
    {
        var namespaces = new Dictionary<string, string>();
        foreach (var ns in rows.Select(r => r.Namespaces).OfType<string>().Distinct())
            foreach (var (prefix, uri) in JsonNode.Parse(ns)!.AsObject())
                if (uri is JsonValue value && value.TryGetValue<string>(out var s)) namespaces.TryAdd(prefix, s);
        return new EpcisQueryDocument
        {
            Context = EpcisContext.Create(namespaces),
            CreationDate = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime.Zone),
            EpcisBody = new EpcisQueryBody
            {
                QueryResults = new EpcisQueryResults
                {
                    QueryName = "SimpleEventQuery",
                    ResultsBody = new EpcisResultsBody { EventList = rows.Select(r => JsonSerializer.Deserialize<EpcisEvent>(r.Json, EpcisJson.Options)!).ToList() },
                },
            },
        };
    }

    // CBV values are bare words in JSON; accept their full URI forms too.
    private static string BareBizStep(string value)
    {
        foreach (var prefix in new[] { "https://ref.gs1.org/cbv/BizStep-", "urn:epcglobal:cbv:bizstep:" })
            if (value.StartsWith(prefix, StringComparison.Ordinal)) return value[prefix.Length..];
        return value;
    }

    private static IEnumerable<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(x => x.Length > 0);

    private static string WriteToken(long id) => Convert.ToBase64String(BitConverter.GetBytes(id)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryReadToken(string token, out long id)
    {
        id = 0;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        var bytes = new byte[8];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != 8) return false;
        id = BitConverter.ToInt64(bytes);
        return id >= 0;
    }
}

public sealed record EventJson(long Id, string Json, string? Namespaces);
