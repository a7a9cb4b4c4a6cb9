namespace Ocop.Features.Producers;

/// <summary>
/// Implemented by modules above Producers that act when a producer's standing changes (Catalog takes its
/// products in or out of the shop at once rather than at its next change check). Called after the save.
/// </summary>
public interface IProducerEvents
{
    void StatusChanged(Producer producer);
}
