using Ocop.Features.Producers;

namespace Ocop.Features.Catalog;

/// <summary>A producer verified, rejected or sent back to verification: its products enter or leave the shop on the next read.</summary>
internal sealed class ProducerStandingListener(CatalogSearchIndex index) : IProducerEvents
{
    public void StatusChanged(Producer producer) => index.Invalidate();
}
