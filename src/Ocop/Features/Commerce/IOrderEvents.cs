namespace Ocop.Features.Commerce;

/// <summary>
/// Implemented by modules above Commerce that act on order transitions (Traceability writes the shipping
/// and receiving events of the lots picked at packing). <see cref="ChangedAsync"/> runs inside the
/// transition's transaction on the same <see cref="OcopDb"/>, after the order's guarded change and before
/// the save: rows it adds are saved with the order, and an error it returns refuses the transition.
/// </summary>
public interface IOrderEvents
{
    Task<AppError?> ChangedAsync(Order order, OrderStatus before, CancellationToken ct);
}
