using static Ocop.Browser.Tests.Pages.Role;
using static Ocop.Browser.Tests.Pages.Style;

namespace Ocop.Browser.Tests.Pages;

/// <summary>
/// Where a route's parameters come from: the first link on <paramref name="Source"/> (a path, or another
/// route of the table, itself resolved) whose path matches <paramref name="Link"/> (default: the route
/// itself), read as <paramref name="As"/> (default: the role being checked), among the links inside the
/// elements matching <paramref name="Within"/> when given (e.g. the orders awaiting payment). Demo values are
/// found through the app, so they cannot rot.
/// </summary>
public sealed record From(string Source, string? Link = null, Role? As = null, string? Within = null);

/// <summary>
/// One page of the app: its route template (as the app's page routes give it), the roles that see it,
/// where its parameters come from, the components whose computed style must apply, and what to open when
/// the route alone is not the page (a query, a cart to fill first).
/// </summary>
public sealed record PageCheck(string Route, Role[] Roles, Style[] Styles, From? Params = null)
{
    /// <summary>The path to open, with the route's parameters in braces; default: the route.</summary>
    public string? Visit { get; init; }
    /// <summary>The HTTP status the page answers with (the error page and "no permission" page say so).</summary>
    public int Status { get; init; } = 200;
    /// <summary>Puts a product in the cart first (the cart and checkout pages show an empty state otherwise).</summary>
    public bool FillCart { get; init; }
}

/// <summary>
/// Every page × the roles that see it. A page route of the app without an entry here fails the suite:
/// add the entry with the page (roles, parameter source, the style of its main components).
/// </summary>
public static class PageTable
{
    // Every page: the site's header bar is green, buttons are red-filled (a ghost button is outlined on purpose).
    private static readonly Style Header = Background("header.top");
    private static readonly Style Button = Background(".button:not(.ghost)");
    private static readonly Style Tabs = Border("ul.tabs", "bottom");
    private const string AwaitingPayment = "li:has(.status-AwaitingPayment)";

    public static readonly PageCheck[] All =
    [
        // Shop front
        new("/", Everyone, [Header, Layout("ul.grid"), Border(".card"), Background(".hero")]),
        new("/tim-kiem", Everyone, [Header, Layout("ul.grid"), Border(".card")]),
        new("/san-pham/{slug}", Everyone, [Header, Layout(".product"), Button], new From("/tim-kiem")),
        new("/gian-hang/{slug}", Everyone, [Header, Layout("ul.grid")], new From("/san-pham/{slug}")),
        // Two pages (optional parameters are checked with and without): the provinces as chips, one province's products as a grid.
        new("/tinh/{code?}", Everyone, [Header, Layout("ul.chips, ul.grid")], new From("/tinh", "/tinh/{code}")),
        new("/chung-nhan", Everyone, [Header, Border(".cert-row", "left")]),
        new("/xac-minh/{number}", Everyone, [Header, Border(".certificate")], new From("/chung-nhan")),
        new("/truy-xuat/{key}/{lot?}", Everyone, [Header, Border("ol.timeline", "left")],
            new From("/ban-hang/truy-xuat/lo/{id}/{step?}", "/truy-xuat/{key}", As: Producer)),
        new("/du-lieu-mo", Everyone, [Header]),
        new("/ket-noi", Everyone, [Header, Tabs, Border(".post-card")]),
        new("/ket-noi/nhu-cau/{id}", Everyone, [Header, Border(".post-card")], new From("/ket-noi")),
        new("/ket-noi/nguon-cung/{id}", Everyone, [Header, Border(".post-card")], new From("/ket-noi?tab=nguon-cung")),
        new("/livestream", Everyone, [Header, NoBullets("ul.live-cards")]),
        new("/livestream/{id}", Everyone, [Header, Layout(".live-grid"), Aspect(".live-stream .live-player", 16.0 / 9)], new From("/livestream")),

        // Buying
        new("/gio-hang", Everyone, [Header, Border(".cart-group", "top"), NoBullets(".cart-lines"), Button]) { FillCart = true },
        new("/thanh-toan", Everyone, [Header, Border(".checkout fieldset"), Button]) { FillCart = true },
        new("/don-hang", Everyone, [Header]),
        new("/don-hang/{code}", [Buyer], [Header, Border("section.timeline ol", "left")], new From("/don-hang")),
        new("/don-hang/{code}/thanh-toan", [Buyer], [Header, Border(".payment-qr")], new From("/don-hang", "/don-hang/{code}", Within: AwaitingPayment)),
        new("/don-hang/da-dat", [Buyer], [Header, Border(".payment-qr")], new From("/don-hang", "/don-hang/{code}", Within: AwaitingPayment)) { Visit = "/don-hang/da-dat?ma={code}" },

        // Accounts
        new("/dang-nhap", [Anonymous], [Header, Button]),
        new("/dang-ky", [Anonymous], [Header, Button]),
        new("/dang-ky/chu-the", Everyone, [Header, Button]),
        new("/dang-xuat", SignedIn, [Header, Button]),
        new("/tai-khoan", SignedIn, [Header]),
        new("/tai-khoan/quen-mat-khau", [Anonymous], [Header, Button]),
        new("/tai-khoan/dat-lai-mat-khau", [Anonymous], [Header]),
        new("/ngon-ngu", Everyone, [Header]) { Visit = "/ngon-ngu?lang=vi&returnUrl=%2Fdu-lieu-mo" },
        new("/khong-co-quyen", Everyone, [Header]) { Status = 403 },
        new("/loi", Everyone, [Header]) { Visit = "/loi?code=404", Status = 404 },

        // Producer's back office
        new("/ban-hang", [Producer], [Header, Tabs, Border(".stats li")]),
        new("/ban-hang/san-pham", [Producer], [Header, Tabs]),
        new("/ban-hang/san-pham/moi", [Producer], [Header, Tabs, Button]),
        new("/ban-hang/san-pham/{id}", [Producer], [Header, Tabs, Button], new From("/ban-hang/san-pham")),
        new("/ban-hang/don-hang", [Producer], [Header, Border("ul.status-tabs", "bottom")]),
        new("/ban-hang/don-hang/{code}", [Producer], [Header, Border("section.timeline ol", "left")], new From("/ban-hang/don-hang")),
        new("/ban-hang/don-hang/{code}/phieu-dong-goi", [Producer], [], new From("/ban-hang/don-hang/{code}", "/ban-hang/don-hang/{code}/phieu-dong-goi")),
        new("/ban-hang/chuyen-khoan", [Producer], [Header, Tabs]),
        new("/ban-hang/gian-hang", [Producer], [Header, Tabs, Button]),
        new("/ban-hang/ho-so", [Producer], [Header, Tabs, Border(".queue > li")]),
        new("/ban-hang/ho-so/{id}", [Producer], [Header, Tabs], new From("/ban-hang/ho-so")),
        new("/ban-hang/ket-noi", [Producer], [Header, Tabs]),
        new("/ban-hang/ket-noi/{id}", [Producer], [Header, Tabs], new From("/ban-hang/ket-noi")),
        new("/ban-hang/nhan-xet", [Producer], [Header, Tabs]),
        new("/ban-hang/truy-xuat", [Producer], [Header, Tabs]),
        new("/ban-hang/livestream", [Producer], [Header, Tabs, Button]),
        new("/ban-hang/truy-xuat/lo/{id}/{step?}", [Producer], [Header, Tabs, Border("ol.timeline", "left")], new From("/ban-hang/truy-xuat", "/ban-hang/truy-xuat/lo/{id}")),
        new("/ban-hang/truy-xuat/lo/{id}/nhan", [Producer], [Header, Border(".label")], new From("/ban-hang/truy-xuat", "/ban-hang/truy-xuat/lo/{id}")),

        // Officers' back office
        new("/quan-ly", Officers, [Header, Tabs, Border(".stats li")]),
        new("/quan-ly/xac-minh", Officers, [Header, Tabs]),
        new("/quan-ly/chu-the", Officers, [Header, Tabs]),
        new("/quan-ly/chu-the/moi", Officers, [Header, Tabs, Button]),
        new("/quan-ly/san-pham", Officers, [Header, Tabs]),
        new("/quan-ly/ho-so", Officers, [Header, Tabs]),
        new("/quan-ly/ho-so/{id}", Officers, [Header, Tabs], new From("/quan-ly/ho-so")),
        new("/quan-ly/chuong-trinh", Officers, [Header, Tabs]),
        new("/quan-ly/chuong-trinh/moi", Assessors, [Header, Tabs, Button]),
        new("/quan-ly/chuong-trinh/lop/{id}", Officers, [Header, Tabs], new From("/quan-ly/chuong-trinh")),
        new("/quan-ly/thong-ke", Officers, [Header, Tabs, Border(".stats li"), Fill(".chart-bar"), Stroke("polyline.chart-line")]),
        new("/quan-ly/thong-ke/bao-cao", Officers, [Fill(".chart-bar")]),
        new("/quan-ly/danh-gia", Assessors, [Header, Tabs]),
        new("/quan-ly/danh-gia/quyet-dinh", Assessors, [Header, Tabs]),
        new("/quan-ly/chung-nhan", Assessors, [Header, Tabs]),
        new("/quan-ly/chung-nhan/nhap", Assessors, [Header, Tabs, Button]),
        new("/quan-ly/chung-nhan/{number}", Assessors, [Header, Tabs], new From("/quan-ly/chung-nhan")),
        new("/quan-ly/bo-tieu-chi", National, [Header, Tabs]),
        new("/quan-ly/bo-tieu-chi/{code}/{set}", National, [Header, NoBullets("ul.tree")], new From("/quan-ly/bo-tieu-chi")),
        new("/quan-ly/nguoi-dung", [Province, Admin], [Header, Tabs, Button]),
        new("/quan-ly/van-chuyen", Officers, [Header, Tabs]),
        new("/quan-ly/van-chuyen/{code}", [Admin], [Header, Tabs, Button], new From("/quan-ly/van-chuyen")),
        new("/quan-ly/chuyen-khoan", [Admin], [Header, Tabs]),
        new("/quan-ly/nhan-xet", [Admin], [Header, Tabs]),

        // Council
        new("/hoi-dong", [Council], [Header, Border(".queue > li")]),
        // The demo member has scored every dossier given to the council: the page shows the members' choices side by side.
        new("/hoi-dong/{id}", [Council], [Header, Background(".sheet-table th")], new From("/hoi-dong")),

        // Livestream hosts
        new("/livestream/{id}/dieu-khien", [Host], [Header, Border(".figures div")], new From("/livestream/{id}", "/livestream/{id}/dieu-khien")),
        new("/livestream/{id}/kich-ban", [Host], [Header], new From("/livestream/{id}", "/livestream/{id}/kich-ban")),
        new("/livestream/{id}/bao-cao", [Host], [Header, Border(".figures div")], new From("/livestream/{id}", "/livestream/{id}/bao-cao")),

        // B2B matching
        new("/ket-noi/thu-mua", [B2b], [Header]),
        new("/ket-noi/thu-mua/nhu-cau-moi", [B2b], [Header, Button]),
        new("/ket-noi/thu-mua/nhu-cau/{id}", [B2b], [Header, Border(".match", "left")], new From("/ket-noi/thu-mua")),
        new("/ket-noi/giao-dich", [B2b, Producer], [Header]),
        new("/ket-noi/giao-dich/{id}", [B2b, Producer], [Header], new From("/ket-noi/giao-dich")),
        new("/ket-noi/xac-minh", Assessors, [Header, Background("th")]),
    ];
}
