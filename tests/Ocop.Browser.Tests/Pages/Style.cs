namespace Ocop.Browser.Tests.Pages;

/// <summary>
/// A component's intended look, asserted through computed styles in the page: a JavaScript expression over
/// the first element matching <see cref="Selector"/> (as <c>e</c>, with <c>s</c> = its computed style) that
/// returns null when the style applies, or what is wrong. A missing element fails too.
/// </summary>
public sealed record Style(string Selector, string What, string Script)
{
    /// <summary>Drawn with a visible border on the given side ("top", "left", … or "" for any side).</summary>
    public static Style Border(string selector, string side = "") => new(selector, $"border{side}",
        side == ""
            ? "['Top','Right','Bottom','Left'].some(k => parseFloat(s['border'+k+'Width']) > 0 && s['border'+k+'Style'] !== 'none') ? null : 'no border'"
            : $"parseFloat(s.border{Cap(side)}Width) > 0 && s.border{Cap(side)}Style !== 'none' ? null : 'no {side} border: ' + s.border{Cap(side)}Width + ' ' + s.border{Cap(side)}Style");

    /// <summary>Filled with a background colour other than transparent (or a background image).</summary>
    public static Style Background(string selector) => new(selector, "background",
        "s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none' ? null : 'transparent background'");

    /// <summary>An SVG shape filled with a colour, not the default black.</summary>
    public static Style Fill(string selector) => new(selector, "fill",
        "s.fill && s.fill !== 'rgb(0, 0, 0)' && s.fill !== 'none' ? null : 'fill ' + s.fill");

    /// <summary>An SVG line drawn with a stroke and no fill (a chart's line, not a black blob).</summary>
    public static Style Stroke(string selector) => new(selector, "stroke",
        "s.stroke && s.stroke !== 'none' && s.fill === 'none' ? null : 'stroke ' + s.stroke + ', fill ' + s.fill");

    /// <summary>Laid out as a grid or flex box.</summary>
    public static Style Layout(string selector) => new(selector, "grid or flex layout",
        "/grid|flex/.test(s.display) ? null : 'display ' + s.display");

    /// <summary>A list shown without bullets (a styled list, not a bare bulleted one).</summary>
    public static Style NoBullets(string selector) => new(selector, "no bullets",
        "s.listStyleType === 'none' ? null : 'list-style ' + s.listStyleType");

    /// <summary>Shaped width:height = <paramref name="ratio"/> and as wide as its parent's content box.</summary>
    public static Style Aspect(string selector, double ratio) => new(selector, $"aspect {ratio:0.###}, full width", $$"""
        (() => { const r = e.getBoundingClientRect(), p = e.parentElement, ps = getComputedStyle(p);
          const inner = p.clientWidth - parseFloat(ps.paddingLeft) - parseFloat(ps.paddingRight);
          if (Math.abs(r.width - inner) > 2) return 'width ' + r.width + ' of ' + inner;
          return Math.abs(r.width / r.height - {{ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}}) < 0.02 ? null : 'shape ' + r.width + '×' + r.height; })()
        """);

    /// <summary>Text in the given colour (rgb(…) as computed).</summary>
    public static Style Colour(string selector, string rgb) => new(selector, $"colour {rgb}",
        $"s.color === '{rgb}' ? null : 'colour ' + s.color");

    private static string Cap(string side) => char.ToUpperInvariant(side[0]) + side[1..];
}
