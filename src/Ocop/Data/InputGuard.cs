using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ocop.Data;

/// <summary>
/// The last gate before a row is written, on both engines alike: every text of an added or changed row
/// keeps <see cref="TextRules"/> and the column's maximum length from the model. SQLite would store an
/// over-long value and cut a text at a NUL; PostgreSQL would refuse both with an error (a 500, and see
/// <see cref="PreparedStatementRecovery"/>). A refusal throws <see cref="InputRejectedException"/>
/// before anything is sent, so nothing of the unit of work is written; the API answers it as a 400
/// problem naming the field, pages with the error page's 400. <see cref="WriteBatch"/> checks its rows
/// with <see cref="Check"/>.
/// </summary>
public sealed class InputGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CheckTracked(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CheckTracked(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void CheckTracked(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is not string text || (entry.State == EntityState.Modified && !property.IsModified)) continue;
                Check(property.Metadata, text);
            }
        }
    }

    /// <summary>Refuses a text that breaks <see cref="TextRules"/> or is longer than the property's column.</summary>
    public static void Check(IReadOnlyProperty property, string text)
    {
        if (TextRules.Problem(text) is { } problem) throw new InputRejectedException(Field(property), $"Trường '{Field(property)}': {problem}");
        if (property.GetMaxLength() is { } max && text.Length > max)
            throw new InputRejectedException(Field(property), $"Trường '{Field(property)}' dài quá {max} ký tự ({text.Length}).");
    }

    private static string Field(IReadOnlyProperty property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
