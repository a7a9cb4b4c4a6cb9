using Ocop.Features.Producers;

namespace Ocop.Features.Catalog;

/// <summary>What a buyer can be sold right now: a listed product of a verified producer, with its price and stock.</summary>
public sealed record SaleableProduct(int Id, string Name, string Unit, long Price, int Stock, int WeightGrams,
    int ProducerId, string ProducerName, string ProducerProvinceCode, bool Listed, SellerAccount Seller);

/// <summary>Where the seller is paid (VietQR) and how it is told of a sale, read with the product so checkout needs no other query.</summary>
public sealed record SellerAccount(string? BankBin, string? AccountNumber, string? AccountName, string? Email, string Phone);

/// <summary>
/// Catalog's public surface for stock. Other modules (Commerce, later Livestream) never write
/// <c>products.stock</c> themselves: they take and return units here, each as one conditional
/// UPDATE, so two buyers can never both get the last unit.
/// </summary>
public sealed class StockLedger(OcopDb db, SaleableProductCache? cache = null)
{
    /// <summary>Assumed parcel weight of a product without a net weight.</summary>
    public const int DefaultWeightGrams = 500;

    /// <summary>
    /// Takes <paramref name="quantity"/> units if that many are in stock and the product is listed:
    /// <c>UPDATE products SET stock = stock - q WHERE id = @id AND stock &gt;= q AND status = Listed</c>.
    /// Runs inside the caller's transaction, if any.
    /// </summary>
    public async Task<bool> TryTakeAsync(int productId, int quantity, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return await db.Database.ExecuteSqlAsync(Take(productId, quantity), ct) == 1;
    }

    /// <summary>
    /// The same conditional take as <see cref="TryTakeAsync"/>, as a statement for a caller that sends it
    /// in a batch with its other writes (checkout); it changed one row when the units were taken, none when not.
    /// </summary>
    public static FormattableString Take(int productId, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return $"""UPDATE products SET "Stock" = "Stock" - {quantity} WHERE "Id" = {productId} AND "Stock" >= {quantity} AND "Status" = {(int)ProductStatus.Listed}""";
    }

    /// <summary>
    /// The conditional take of a checkout priced from <paramref name="sold"/>, which may have been read a
    /// while ago (<see cref="SaleableProductCache"/>): besides the stock and the listing it re-checks, in the
    /// same statement, every fact of the sale that decides money, eligibility or payee — the price, the
    /// parcel weight (shipping fee), the producer, that producer still verified, its province (shipping
    /// zone) and the bank account a transfer goes to. It changes no row when any of them moved, exactly
    /// as when the units are short, and the caller then prices the cart afresh.
    /// </summary>
    public static FormattableString Take(SaleableProduct sold, int quantity)
    {
        var take = Take(sold.Id, quantity);
        var args = new List<object?>(take.GetArguments());
        string Arg(object? value) { args.Add(value); return "{" + (args.Count - 1) + "}"; }
        string Same(string column, string? value) => value is null ? $"{column} IS NULL" : $"{column} = {Arg(value)}";
        var producer = Arg(sold.ProducerId);
        var sql = take.Format
            + $""" AND "Price" = {Arg(sold.Price)} AND "ProducerId" = {producer}"""
            + $""" AND (CASE WHEN "NetWeightGrams" > 0 THEN "NetWeightGrams" ELSE {DefaultWeightGrams} END) = {Arg(sold.WeightGrams)}"""
            + $""" AND EXISTS (SELECT 1 FROM producers s WHERE s."Id" = {producer} AND s."Status" = {Arg((int)ProducerStatus.Verified)}"""
            + $""" AND {Same("s.\"ProvinceCode\"", sold.ProducerProvinceCode)} AND {Same("s.\"BankBin\"", sold.Seller.BankBin)}"""
            + $""" AND {Same("s.\"BankAccountNumber\"", sold.Seller.AccountNumber)} AND {Same("s.\"BankAccountName\"", sold.Seller.AccountName)})""";
        return System.Runtime.CompilerServices.FormattableStringFactory.Create(sql, [.. args]);
    }

    /// <summary>The SQLSTATE with which <see cref="TakeOrFail"/> fails (migration Postgres/0006).</summary>
    public const string ShortSqlState = "OC409";

    /// <summary>
    /// PostgreSQL only: a take (<see cref="Take(SaleableProduct, int)"/>) that fails with SQLSTATE
    /// <see cref="ShortSqlState"/> naming the product instead of changing no row, so that a batch run as
    /// one implicit transaction is rolled back whole. <see cref="ShortProductId"/> reads the product back.
    /// </summary>
    public static FormattableString TakeOrFail(FormattableString take, int productId) =>
        System.Runtime.CompilerServices.FormattableStringFactory.Create(
            $"WITH taken AS ({take.Format} RETURNING 1) SELECT ocop_stock_short({{{take.ArgumentCount}}}) WHERE NOT EXISTS (SELECT 1 FROM taken)",
            [.. take.GetArguments(), productId]);

    /// <summary>The product a <see cref="TakeOrFail"/> error names, or null when <paramref name="e"/> is not one.</summary>
    public static int? ShortProductId(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException { SqlState: ShortSqlState } p
                && int.TryParse(p.MessageText.AsSpan(p.MessageText.LastIndexOf(' ') + 1), System.Globalization.CultureInfo.InvariantCulture, out var id))
                return id;
        return null;
    }

    /// <summary>Returns units to stock (a cancelled or expired order); the caller guarantees it happens once.</summary>
    public async Task ReleaseAsync(int productId, int quantity, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        await db.Products.Where(p => p.Id == productId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity), ct);
    }

    /// <summary>
    /// Current price, stock and seller of the given products, read now; <see cref="SaleableProduct.Listed"/> is
    /// false when not for sale. What is read also refreshes <see cref="SaleableProductCache"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, SaleableProduct>> FindAsync(IEnumerable<int> productIds, CancellationToken ct = default)
    {
        var ids = productIds.Distinct().ToList();
        var found = await ReadAsync(ids, ct);
        if (cache is null) return found;
        cache.Put(found.Values);
        foreach (var gone in ids.Where(id => !found.ContainsKey(id))) cache.Forget(gone);
        return found;
    }

    /// <summary>
    /// The same facts for pricing a checkout whose stock take re-checks them (<see cref="Take(SaleableProduct, int)"/>):
    /// from <see cref="SaleableProductCache"/> where it has them, the rest read now. Their stock is as last read,
    /// so it decides nothing.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, SaleableProduct>> FindForCheckoutAsync(IEnumerable<int> productIds, CancellationToken ct = default)
    {
        if (cache is null) return await FindAsync(productIds, ct);
        var ids = productIds.Distinct().ToList();
        var found = new Dictionary<int, SaleableProduct>(ids.Count);
        var missing = new List<int>();
        foreach (var id in ids)
        {
            if (cache.TryGet(id, out var known)) found[id] = known;
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;
        foreach (var (id, fresh) in await FindAsync(missing, ct)) found[id] = fresh;
        return found;
    }

    private async Task<Dictionary<int, SaleableProduct>> ReadAsync(List<int> ids, CancellationToken ct)
    {
        // One parameter per id (IN ($1, $2, …), padded to a few sizes), not an array: PostgreSQL then
        // keeps one generic plan per size instead of planning the join afresh for every checkout.
        var rows = await db.Products.AsNoTracking().Where(p => EF.MultipleParameters(ids).Contains(p.Id))
            .Join(db.Producers.AsNoTracking(), p => p.ProducerId, s => s.Id, (p, s) => new
            {
                p.Id, p.Name, p.Unit, p.Price, p.Stock, p.NetWeightGrams, p.Status, p.ProducerId,
                ProducerName = s.Name, ProducerProvince = s.ProvinceCode, ProducerStatus = s.Status,
                s.BankBin, s.BankAccountNumber, s.BankAccountName, s.Email, s.Phone,
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new SaleableProduct(r.Id, r.Name, r.Unit, r.Price, r.Stock,
            r.NetWeightGrams is > 0 ? r.NetWeightGrams.Value : DefaultWeightGrams, r.ProducerId, r.ProducerName, r.ProducerProvince,
            r.Status == ProductStatus.Listed && r.ProducerStatus == ProducerStatus.Verified,
            new SellerAccount(r.BankBin, r.BankAccountNumber, r.BankAccountName, r.Email, r.Phone)));
    }
}
