namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// The option chosen for one criterion, by code (e.g. criterion "A1a", option "A1a.3"). Option null
/// means no option applies (0 points; such a choice meets no star gate), which the sheets need where a
/// criterion has no 0-point option (e.g. a product without any registered trademark).
/// </summary>
public sealed record CriterionChoice(string Criterion, string? Option);

/// <summary>A star gate of a sheet: reaching <see cref="Stars"/> needs at least <see cref="Threshold"/> points on <see cref="Criterion"/>.</summary>
/// <param name="Option">The gated option, or null when the criterion itself is gated (any option meets it).</param>
public sealed record StarGateRule(int Stars, string Criterion, string? Option, decimal Threshold);

/// <summary>
/// The star result: <see cref="BandStars"/> from the average total, <see cref="GateCap"/> the highest
/// level whose gates are all met (2 when a 3★ gate fails), <see cref="Stars"/> the lower of the two.
/// </summary>
public sealed record StarOutcome(int Stars, int BandStars, int GateCap, IReadOnlyList<StarGateRule> UnmetGates);
