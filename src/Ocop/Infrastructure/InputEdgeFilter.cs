using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Ocop.Infrastructure;

/// <summary>
/// Every text an API endpoint receives as an argument — a route or query value, or any string inside
/// its JSON body, however deep — keeps <see cref="TextRules"/>; the first that breaks them is refused
/// (<see cref="InputRejectedException"/>, a 400 problem naming the field as the JSON path, e.g.
/// <c>shipping.name</c> or <c>items[0].note</c>). Services and the HTTP context are not walked. Applied to
/// every endpoint the modules map (OcopHost), so a new route is covered without asking.
/// </summary>
public static class InputEdgeFilter
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> Properties = new();

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        var checkable = context.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(x => Walkable(x.Parameter.ParameterType) && isService?.IsService(x.Parameter.ParameterType) != true)
            .ToArray();
        if (checkable.Length == 0) return next;
        return invocation =>
        {
            foreach (var (parameter, index) in checkable)
            {
                var value = index < invocation.Arguments.Count ? invocation.Arguments[index] : null;
                // A body's fields are named as in the JSON; a route or query value by its own name.
                var root = value is string ? parameter.Name! : "";
                if (Find(value, root, 0) is { } bad) throw new InputRejectedException(bad.Field, $"Trường '{bad.Field}': {bad.Problem}");
            }
            return next(invocation);
        };
    }

    private static bool Walkable(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(JsonElement) || IsOurs(type)
            || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().All(Walkable));
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Ocop", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsAbstract;

    private static (string Field, string Problem)? Find(object? value, string path, int depth)
    {
        if (value is null || depth > MaxDepth) return null;
        switch (value)
        {
            case string text:
                return Check(text) is { } problem ? (path.Length == 0 ? "body" : path, problem) : null;
            case JsonElement json:
                return FindJson(json, path, depth);
            case IDictionary dictionary:
                foreach (DictionaryEntry e in dictionary)
                    if ((Find(e.Key as string, Join(path, "key"), depth + 1) ?? Find(e.Value, Join(path, e.Key.ToString()!), depth + 1)) is { } inEntry) return inEntry;
                return null;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                    if (Find(item, $"{path}[{i++}]", depth + 1) is { } inItem) return inItem;
                return null;
        }
        var type = value.GetType();
        if (!IsOurs(type)) return null;
        foreach (var (name, get) in Properties.GetOrAdd(type, Readable))
            if (Find(get(value), Join(path, name), depth + 1) is { } inProperty) return inProperty;
        return null;
    }

    private static (string Field, string Problem)? FindJson(JsonElement json, string path, int depth)
    {
        if (depth > MaxDepth) return null;
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                return Check(json.GetString()) is { } problem ? (path.Length == 0 ? "body" : path, problem) : null;
            case JsonValueKind.Object:
                foreach (var p in json.EnumerateObject())
                    if ((Find(p.Name, Join(path, "key"), depth + 1) ?? FindJson(p.Value, Join(path, p.Name), depth + 1)) is { } inProperty) return inProperty;
                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in json.EnumerateArray())
                    if (FindJson(item, $"{path}[{i++}]", depth + 1) is { } inItem) return inItem;
                return null;
            default:
                return null;
        }
    }

    /// <summary>No text field of the API is longer (the longest columns, stories and run-sheets, hold 20,000).</summary>
    public const int MaxTextLength = 20_000;

    private static string? Check(string? text) =>
        text?.Length > MaxTextLength ? $"Nội dung quá dài: tối đa {MaxTextLength:N0} ký tự.".Replace(',', '.') : TextRules.Problem(text);

    private static (string, Func<object, object?>)[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && Walkable(p.PropertyType))
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), (Func<object, object?>)p.GetValue))];

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
