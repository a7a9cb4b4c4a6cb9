using System.Globalization;
using System.Security;
using System.Text;

namespace Ocop.Data.Demo;

/// <summary>
/// Small SVG pictures for demo products and storefront banners: a gradient in the colours of the
/// product set, a simple motif of its kind (fruit, leaf, cup, bottle, basket, flower, house…) and
/// the name. The motif follows the product's own name where its set is broad (set 1 holds longan and
/// mustard greens, set 8 pork floss and dried fish), else its set. Everything is derived from the arguments, so the same product always gets the same
/// bytes (and the media store keeps one copy). Only generic font families are named.
/// </summary>
internal static class DemoImages
{
    public const string ContentType = "image/svg+xml";

    internal enum Motif { Fruit, Fish, Grain, Jar, Bowl, Bottle, Spice, Leaf, Cup, Basket, Fabric, Flower, Plant, House, Cluster, Meat, Poultry, Egg, Banana }

    // Sets whose products differ too much for one motif (fresh and processed food, ornamental animals).
    private static readonly HashSet<int> NamedSets = [1, 2, 5, 7, 8, 25];

    // Words of a product's short name (folded: no diacritics, lower case) that pick its motif, first match wins;
    // the cluster's colour is the fruit's own (longan tan, lychee red, grape green).
    private static readonly (string[] Words, Motif Motif, string? Ink)[] ByName =
    [
        (["ca", "tom", "muc", "cua", "oc"], Motif.Fish, null),
        (["nhan"], Motif.Cluster, "#b98a4b"),
        (["vai"], Motif.Cluster, "#c62828"),
        (["nho"], Motif.Cluster, "#689f38"),
        (["trung"], Motif.Egg, null),
        (["ga", "vit"], Motif.Poultry, null),
        (["thit", "lon", "trau", "bo", "lap", "suon", "xuong", "nem", "gio", "ruoc", "cha"], Motif.Meat, "#a63d2a"),
        (["chuoi"], Motif.Banana, null),
        (["sua"], Motif.Bottle, null),
        (["cai", "mang"], Motif.Leaf, "#2e7d32"),
    ];

    /// <summary>The motif of a product's picture and its colour (null: the set's).</summary>
    internal static (Motif Motif, string? Ink) MotifOf(int setCode, string shortName)
    {
        if (NamedSets.Contains(setCode))
        {
            var words = Ocop.Standards.Text.VietnameseText.Fold(shortName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (keys, motif, ink) in ByName)
                if (words.Any(keys.Contains)) return (motif, ink);
        }
        return (Motifs[setCode], null);
    }

    // Index = set code; entry 0 is unused.
    private static readonly Motif[] Motifs =
    [
        Motif.Fruit, Motif.Fruit, Motif.Fish, Motif.Grain, Motif.Jar, Motif.Bowl, Motif.Grain, Motif.Fruit, Motif.Fish, Motif.Bottle,
        Motif.Spice, Motif.Leaf, Motif.Cup, Motif.Cup, Motif.Bottle, Motif.Bottle, Motif.Bottle, Motif.Bottle, Motif.Leaf, Motif.Jar,
        Motif.Bottle, Motif.Basket, Motif.Fabric, Motif.Flower, Motif.Plant, Motif.Fish, Motif.House,
    ];

    // Gradient start, gradient end and motif colour per set code; entry 0 is unused.
    private static readonly (string From, string To, string Ink)[] Palettes =
    [
        ("#fff", "#eee", "#888"),
        ("#f6d365", "#fda085", "#e8590c"), ("#ff9a9e", "#c0392b", "#7b241c"), ("#fceabb", "#d4a017", "#8d6e1f"),
        ("#ffe259", "#ffa751", "#b9770e"), ("#f7797d", "#fbd786", "#c0392b"), ("#fdfcfb", "#e2d1c3", "#a0522d"),
        ("#f8b500", "#fceabb", "#c0392b"), ("#ee9ca7", "#ffdde1", "#b03a2e"), ("#e0c3fc", "#8e5a2b", "#5b2c06"),
        ("#ff512f", "#f09819", "#7b1e0e"), ("#a8e063", "#2e7d32", "#1b5e20"), ("#d4fc79", "#96e6a1", "#2e7d32"),
        ("#c79081", "#5d4037", "#3e2723"), ("#e6dada", "#8e9eab", "#37474f"), ("#7b4397", "#dc2430", "#4a148c"),
        ("#a1c4fd", "#c2e9fb", "#1565c0"), ("#f6d365", "#84fab0", "#00897b"), ("#96e6a1", "#3a7d44", "#1b5e20"),
        ("#fbc2eb", "#a6c1ee", "#6a1b9a"), ("#d9afd9", "#97d9e1", "#00695c"), ("#e6b980", "#eacda3", "#8d5524"),
        ("#4e54c8", "#8f94fb", "#ffca28"), ("#ff9a9e", "#fecfef", "#d81b60"), ("#56ab2f", "#a8e063", "#1b5e20"),
        ("#2193b0", "#6dd5ed", "#ff7043"), ("#43cea2", "#185a9d", "#0d3c61"),
    ];

    /// <summary>A product picture (800×600). <paramref name="variant"/> 0 is the cover, 1 a second layout.</summary>
    public static byte[] Product(int setCode, string shortName, string caption, int variant)
    {
        var (from, to, setInk) = Palettes[setCode];
        var (motif, ownInk) = MotifOf(setCode, shortName);
        var ink = ownInk ?? setInk;
        var h = Hash($"{setCode}|{shortName}|{caption}|{variant}");
        var svg = new StringBuilder(2048);
        Open(svg, 800, 600, variant == 0 ? from : to, variant == 0 ? to : from);
        Bubbles(svg, h, 800, 600);
        var tilt = (int)(h % 21) - 10;
        if (variant == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(400 250) rotate({tilt})\">");
            Draw(svg, motif, ink);
            svg.Append("</g><rect y=\"450\" width=\"800\" height=\"150\" fill=\"#000\" opacity=\".2\"/>");
            Text(svg, 400, 535, "middle", FontSize(shortName, 760, 60), 700, shortName);
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(230 300) scale(.9) rotate({tilt})\">");
            Draw(svg, motif, ink);
            svg.Append("</g><rect x=\"430\" y=\"190\" width=\"340\" height=\"220\" rx=\"24\" fill=\"#fff\" opacity=\".3\"/>");
            Text(svg, 600, 300, "middle", FontSize(shortName, 320, 46), 700, shortName);
            Text(svg, 600, 360, "middle", FontSize(caption, 320, 26), 400, caption);
        }
        return Close(svg);
    }

    /// <summary>A storefront banner (1200×360) with the producer's name and place.</summary>
    public static byte[] Banner(int setCode, string name, string place)
    {
        var (from, to, ink) = Palettes[setCode];
        var h = Hash(name);
        var svg = new StringBuilder(2560);
        Open(svg, 1200, 360, from, to);
        Bubbles(svg, h, 1200, 360);
        svg.Append("<g transform=\"translate(1030 180) scale(.95)\" opacity=\".85\">");
        Draw(svg, Motifs[setCode], ink);
        svg.Append("</g><rect y=\"220\" width=\"1200\" height=\"140\" fill=\"#000\" opacity=\".22\"/>");
        Text(svg, 48, 292, "start", FontSize(name, 1000, 52), 700, name);
        Text(svg, 48, 336, "start", 26, 400, place);
        return Close(svg);
    }

    private static void Open(StringBuilder svg, int w, int h, string from, string to) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">" +
            $"<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"><stop offset=\"0\" stop-color=\"{from}\"/>" +
            $"<stop offset=\"1\" stop-color=\"{to}\"/></linearGradient></defs><rect width=\"{w}\" height=\"{h}\" fill=\"url(#g)\"/>");

    private static byte[] Close(StringBuilder svg) => Encoding.UTF8.GetBytes(svg.Append("</svg>").ToString());

    // Soft circles placed from the hash, so two products of one set still look different.
    private static void Bubbles(StringBuilder svg, uint h, int w, int height)
    {
        for (var i = 0; i < 4; i++)
        {
            h = h * 1103515245 + 12345;
            var x = h % (uint)w;
            var y = (h >> 10) % (uint)height;
            var r = 30 + (h >> 20) % 90;
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"#fff\" opacity=\".12\"/>");
        }
    }

    private static void Text(StringBuilder svg, int x, int y, string anchor, int size, int weight, string text) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"{size}\" " +
            $"font-weight=\"{weight}\" fill=\"#fff\">{SecurityElement.Escape(text)}</text>");

    // Roughly 0.55 em per character: shrink long names to fit the width.
    private static int FontSize(string text, int width, int max) => Math.Clamp((int)(width / (0.55 * Math.Max(text.Length, 1))), 14, max);

    private static void Draw(StringBuilder svg, Motif motif, string ink)
    {
        const string white = "fill=\"#fff\" opacity=\".7\"";
        const string stroke = "fill=\"none\" stroke=\"#fff\" stroke-width=\"8\" stroke-linecap=\"round\" opacity=\".7\"";
        svg.Append(motif switch
        {
            Motif.Fruit => $"<circle r=\"105\" fill=\"{ink}\"/><circle cx=\"-38\" cy=\"-38\" r=\"26\" {white}/>" +
                           "<path d=\"M0-100c10-40 50-55 85-45-15 35-50 52-85 45z\" fill=\"#3f8f3a\"/>",
            Motif.Fish => $"<path d=\"M-130 0c40-75 150-75 185 0-35 75-145 75-185 0z\" fill=\"{ink}\"/><path d=\"M50 0l75-55v110z\" fill=\"{ink}\"/>" +
                          $"<circle cx=\"-80\" cy=\"-12\" r=\"11\" {white}/>",
            Motif.Grain => $"<path d=\"M0 130V-120\" stroke=\"{ink}\" stroke-width=\"8\"/><g fill=\"{ink}\">" +
                           "<ellipse cx=\"-24\" cy=\"-80\" rx=\"15\" ry=\"30\" transform=\"rotate(-30 -24 -80)\"/><ellipse cx=\"24\" cy=\"-50\" rx=\"15\" ry=\"30\" transform=\"rotate(30 24 -50)\"/>" +
                           "<ellipse cx=\"-24\" cy=\"-15\" rx=\"15\" ry=\"30\" transform=\"rotate(-30 -24 -15)\"/><ellipse cx=\"24\" cy=\"20\" rx=\"15\" ry=\"30\" transform=\"rotate(30 24 20)\"/>" +
                           "<ellipse cx=\"-24\" cy=\"55\" rx=\"15\" ry=\"30\" transform=\"rotate(-30 -24 55)\"/><ellipse cy=\"-125\" rx=\"14\" ry=\"28\"/></g>",
            Motif.Jar => $"<rect x=\"-85\" y=\"-60\" width=\"170\" height=\"175\" rx=\"32\" fill=\"{ink}\"/><rect x=\"-95\" y=\"-105\" width=\"190\" height=\"48\" rx=\"10\" {white}/>" +
                         $"<path d=\"M0 0l40 23v46l-40 23-40-23v-46z\" {white}/>",
            Motif.Bowl => $"<path d=\"M-135-10h270c0 85-60 125-135 125s-135-40-135-125z\" fill=\"{ink}\"/><path d=\"M-40-35c-20-30 20-50 0-85M30-35c-20-30 20-50 0-85\" {stroke}/>",
            Motif.Bottle => $"<path d=\"M-22-135h44v50c40 20 50 45 50 80v135h-144V-5c0-35 10-60 50-80z\" fill=\"{ink}\"/><rect x=\"-52\" y=\"15\" width=\"104\" height=\"62\" rx=\"8\" {white}/>",
            Motif.Spice => $"<path d=\"M-100 70c70 10 150-45 160-130 12 12 17 28 12 45-22 75-95 115-172 85z\" fill=\"{ink}\"/><path d=\"M60-60c5-25 20-35 40-35\" {stroke}/>" +
                           $"<circle cx=\"-70\" cy=\"-40\" r=\"20\" fill=\"{ink}\"/><circle cx=\"-25\" cy=\"-75\" r=\"14\" fill=\"{ink}\"/>",
            Motif.Leaf => $"<path d=\"M0-135C100-70 100 60 0 135-100 60-100-70 0-135z\" fill=\"{ink}\"/><path d=\"M0-110V125M0-20l45-40M0 30l-45-40\" {stroke}/>",
            Motif.Cup => $"<path d=\"M-95-30h155v70c0 50-35 80-77 80s-78-30-78-80z\" fill=\"{ink}\"/><path d=\"M60-10c55 0 55 60 0 60\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"14\"/>" +
                         $"<ellipse cx=\"-18\" cy=\"130\" rx=\"125\" ry=\"16\" {white}/><path d=\"M-50-55c-15-25 15-40 0-65M5-55c-15-25 15-40 0-65\" {stroke}/>",
            Motif.Basket => $"<path d=\"M-125-20h250l-32 145h-186z\" fill=\"{ink}\"/><path d=\"M-90-20c0-115 180-115 180 0\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"12\"/>" +
                            $"<path d=\"M-110 25h220M-100 75h200M-40-15l10 135M40-15l-10 135\" {stroke}/>",
            Motif.Fabric => $"<rect x=\"-125\" y=\"-105\" width=\"250\" height=\"210\" rx=\"10\" fill=\"{ink}\"/>" +
                            $"<path d=\"M-125-45l42-42 42 42 41-42 42 42 42-42 41 42M-125 45l42-42 42 42 41-42 42 42 42-42 41 42\" {stroke}/>",
            Motif.Flower => $"<g fill=\"{ink}\"><ellipse cy=\"-62\" rx=\"34\" ry=\"64\"/><ellipse cy=\"-62\" rx=\"34\" ry=\"64\" transform=\"rotate(60)\"/>" +
                            "<ellipse cy=\"-62\" rx=\"34\" ry=\"64\" transform=\"rotate(120)\"/><ellipse cy=\"-62\" rx=\"34\" ry=\"64\" transform=\"rotate(180)\"/>" +
                            $"<ellipse cy=\"-62\" rx=\"34\" ry=\"64\" transform=\"rotate(240)\"/><ellipse cy=\"-62\" rx=\"34\" ry=\"64\" transform=\"rotate(300)\"/></g><circle r=\"34\" fill=\"#ffd54f\"/>",
            Motif.Plant => $"<path d=\"M-75 40h150l-22 95h-106z\" fill=\"{ink}\"/><path d=\"M0 40V-90\" stroke=\"#2e7d32\" stroke-width=\"10\"/><g fill=\"#2e7d32\">" +
                           "<ellipse cx=\"-45\" cy=\"-40\" rx=\"50\" ry=\"22\" transform=\"rotate(-25 -45 -40)\"/><ellipse cx=\"45\" cy=\"-75\" rx=\"50\" ry=\"22\" transform=\"rotate(25 45 -75)\"/>" +
                           "<ellipse cy=\"-120\" rx=\"22\" ry=\"45\"/></g>",
            Motif.Cluster => "<path d=\"M0-135V-60M0-110l-45-20M0-110l45-20\" stroke=\"#5d4037\" stroke-width=\"8\" fill=\"none\"/>" +
                             $"<g fill=\"{ink}\">{Berries()}</g><g {white}><circle cx=\"-50\" cy=\"-40\" r=\"8\"/><circle cx=\"22\" cy=\"0\" r=\"8\"/><circle cx=\"-14\" cy=\"62\" r=\"8\"/></g>",
            Motif.Meat => $"<path d=\"M-130 10c0-85 90-140 175-105 55 23 75 85 40 130-40 55-130 60-175 20-25-15-40-25-40-45z\" fill=\"{ink}\"/>" +
                          "<path d=\"M-90 10c30-45 85-60 125-35M-70 50c40-20 90-20 115 5\" fill=\"none\" stroke=\"#fff\" stroke-width=\"10\" stroke-linecap=\"round\" opacity=\".55\"/>" +
                          "<g fill=\"#fff8e1\"><rect x=\"60\" y=\"40\" width=\"80\" height=\"24\" rx=\"12\" transform=\"rotate(30 60 40)\"/><circle cx=\"138\" cy=\"95\" r=\"18\"/><circle cx=\"120\" cy=\"112\" r=\"18\"/></g>",
            Motif.Poultry => $"<ellipse cx=\"-15\" cy=\"30\" rx=\"110\" ry=\"78\" fill=\"{ink}\"/><circle cx=\"75\" cy=\"-60\" r=\"45\" fill=\"{ink}\"/>" +
                             "<path d=\"M55-100c5-30 25-35 30-15 8-20 28-15 25 10z\" fill=\"#d32f2f\"/><path d=\"M118-62l35 12-35 12z\" fill=\"#f9a825\"/>" +
                             $"<path d=\"M-120 10l-30-70 60 40z\" fill=\"{ink}\"/><circle cx=\"85\" cy=\"-68\" r=\"7\" fill=\"#fff\"/><path d=\"M-30 105v30M10 105v30\" stroke=\"#f9a825\" stroke-width=\"8\"/>",
            Motif.Egg => "<ellipse cx=\"-45\" cy=\"10\" rx=\"62\" ry=\"82\" fill=\"#f3e0bf\"/><ellipse cx=\"50\" cy=\"25\" rx=\"58\" ry=\"76\" fill=\"#e9cfa3\"/>" +
                         $"<ellipse cx=\"-65\" cy=\"-25\" rx=\"14\" ry=\"22\" {white}/>",
            Motif.Banana => "<g fill=\"#f4c430\" stroke=\"#8d6e1f\" stroke-width=\"4\"><path d=\"M-130-50c45 125 215 125 260 0-65 70-195 70-260 0z\"/>" +
                            "<path d=\"M-120-10c45 115 195 115 240 0-60 62-180 62-240 0z\" transform=\"translate(0 40)\"/></g><path d=\"M122-58l18-30\" stroke=\"#5d4037\" stroke-width=\"10\"/>",
            _ => $"<path d=\"M-145-10L0-125 145-10z\" fill=\"{ink}\"/><rect x=\"-105\" y=\"-10\" width=\"210\" height=\"90\" fill=\"{ink}\" opacity=\".85\"/>" +
                 $"<path d=\"M-85 80v50M0 80v50M85 80v50\" stroke=\"{ink}\" stroke-width=\"12\"/><rect x=\"-22\" y=\"15\" width=\"44\" height=\"48\" {white}/>",
        });
    }

    // A bunch of round fruit hanging from a stem, widest at the top.
    private static string Berries()
    {
        var sb = new StringBuilder();
        int[][] rows = [[-75, -25, 25, 75], [-50, 0, 50], [-25, 25], [0]];
        for (var r = 0; r < rows.Length; r++)
            foreach (var x in rows[r])
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x}\" cy=\"{-40 + r * 46}\" r=\"30\"/>");
        return sb.ToString();
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static uint Hash(string text)
    {
        var h = 2166136261u;
        foreach (var c in text) h = (h ^ c) * 16777619u;
        return h;
    }
}
