// Livestream pages (viewer and host console): follows the session's SSE feed, keeps countdowns on
// the server's clock, shows the pinned card, deals, ticker and counters, and buys through the
// Commerce checkout API without leaving the page. <div id="live" data-session data-role>.
(function () {
  'use strict';
  var root, t, offset = 0, id;
  function now() { return Date.now() + offset; }
  function sync(data) { if (data && data.serverTime) offset = Date.parse(data.serverTime) - Date.now(); }
  function $(sel) { return document.querySelector(sel); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function clock(s) { s = Math.max(0, Math.floor(s / 1000)); var m = Math.floor(s / 60), r = s % 60; return m + ':' + (r < 10 ? '0' : '') + r; }
  function money(n) { return n.toLocaleString('vi-VN') + ' ₫'; }

  function tickDeals() {
    document.querySelectorAll('.live-deal[data-ends]').forEach(function (d) {
      var c = d.querySelector('.deal-clock'); if (!c || !d.dataset.ends) return;
      var starts = Date.parse(d.dataset.starts), ends = Date.parse(d.dataset.ends), n = now();
      var btn = d.querySelector('[data-buy-deal]');
      if (d.dataset.ended) { c.textContent = d.dataset.ended; if (btn) btn.disabled = true; }
      else if (n < starts) { c.textContent = t.opens + ' ' + clock(starts - n); if (btn) btn.disabled = true; }
      else if (n < ends) { c.textContent = t.left + ' ' + clock(ends - n); if (btn) btn.disabled = false; }
      else { c.textContent = t.ended; if (btn) btn.disabled = true; }
    });
  }

  function dealItem(d) {
    var li = el('li', 'live-deal');
    li.dataset.deal = d.dealId; li.dataset.product = d.productId; li.dataset.starts = d.startsAt; li.dataset.ends = d.endsAt;
    li.appendChild(el('strong', null, d.productName)); li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'deal-price', d.dealPriceText)); li.appendChild(document.createTextNode(' '));
    li.appendChild(el('s', null, money(d.normalPrice))); li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'deal-left', d.left + ' ' + t.slots)); li.appendChild(document.createTextNode(' '));
    var c = el('span', 'deal-clock'); c.setAttribute('role', 'timer'); li.appendChild(c);
    if (t.buy) { var b = el('button', 'button', t.buy); b.type = 'button'; b.dataset.buyDeal = d.dealId; b.dataset.product = d.productId; li.appendChild(b); }
    return li;
  }

  function showDeal(d) {
    var list = $('#live-deals'); if (!list) return;
    var old = list.querySelector('[data-deal="' + d.dealId + '"]'); if (old) old.remove();
    list.appendChild(dealItem(d));
  }

  function endDeal(d) {
    document.querySelectorAll('.live-deal[data-deal="' + d.dealId + '"]').forEach(function (x) {
      x.dataset.ended = d.endReason === 'sold-out' ? t.soldout : t.ended;
      var sold = x.querySelector('.deal-sold'); if (sold) sold.textContent = d.sold;
      var left = x.querySelector('.deal-left'); if (left) left.textContent = d.left + ' ' + t.slots;
    });
    tickDeals();
  }

  function showPinned(card) {
    var box = $('#live-pinned'), c = $('#pinned-card'); if (!box || !c) return;
    c.textContent = '';
    if (!card) { box.hidden = true; c.dataset.product = ''; return; }
    c.dataset.product = card.productId;
    if (card.photo) { var img = el('img'); img.src = card.photo; img.alt = ''; img.width = 96; img.height = 96; c.appendChild(img); }
    c.appendChild(el('strong', null, card.name)); c.appendChild(document.createTextNode(' '));
    c.appendChild(el('span', null, card.priceText + '/' + card.unit));
    box.hidden = false;
  }

  function ticker(text) {
    var list = $('#live-ticker'); if (!list) return;
    list.insertBefore(el('li', null, text), list.firstChild);
    while (list.children.length > 20) list.removeChild(list.lastChild);
  }

  function set(sel, v) { var e = $(sel); if (e) e.textContent = v; }

  function figures() {
    fetch('/api/v1/livestreams/' + id + '/figures', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (f) {
      if (!f) return;
      ['viewersNow', 'peakViewers', 'uniqueViewers', 'orders', 'items'].forEach(function (k) { set('#f-' + k, f[k]); });
      set('#f-revenuePlaced', money(f.revenuePlaced)); set('#f-revenuePaid', money(f.revenuePaid));
      var body = $('#f-products'); if (!body) return;
      body.textContent = '';
      f.products.forEach(function (p) {
        var tr = el('tr');
        [p.name, p.orders, p.items + ' ' + p.unit, money(p.revenue)].forEach(function (v) { tr.appendChild(el('td', null, v)); });
        body.appendChild(tr);
      });
      f.deals.forEach(function (d) { document.querySelectorAll('.live-deal[data-deal="' + d.dealId + '"] .deal-sold').forEach(function (s) { s.textContent = d.sold; }); });
    });
  }

  function follow() {
    var src = new EventSource('/api/v1/livestreams/' + id + '/events');
    function on(name, fn) { src.addEventListener(name, function (e) { var d = JSON.parse(e.data); sync(d); fn(d); }); }
    on('state', function (d) { showPinned(d.pinned); (d.deals || []).forEach(showDeal); tickDeals(); });
    on('pin', showPinned);
    on('unpin', function () { showPinned(null); });
    on('deal-started', function (d) { showDeal(d); tickDeals(); if (root.dataset.role === 'host') figures(); });
    on('deal-ended', endDeal);
    on('order', function (d) { ticker(d.text); });
    on('counters', function (d) {
      var nf = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'vi-VN');
      set('#c-viewers', nf.format(d.viewers)); set('#c-orders', nf.format(d.orders)); set('#c-items', nf.format(d.items));
      if (root.dataset.role === 'host') figures();
    });
    on('status', function (d) { var s = $('#live-status'); if (s) s.dataset.status = d.status; });
  }

  function choose(productId, dealId) {
    var form = $('#live-buy-form'); if (!form) return;
    form.querySelector('[name="Input.ProductId"]').value = productId;
    $('#buy-deal').value = dealId || '';
    $('#buy-deal-note').hidden = !dealId;
    form.querySelector('[name="Input.Quantity"]').focus();
  }

  function communes(select, province) {
    var target = document.querySelector('[name="Input.CommuneCode"]'); if (!target || !province) return;
    fetch('/api/v1/provinces/' + encodeURIComponent(province) + '/communes').then(function (r) { return r.json(); }).then(function (list) {
      target.length = 1;
      list.forEach(function (c) { var o = el('option', null, c.name); o.value = c.code; target.appendChild(o); });
    });
  }

  function buy(form, event) {
    event.preventDefault();
    var v = function (n) { var f = form.querySelector('[name="Input.' + n + '"]'); return f ? f.value : ''; };
    var body = {
      items: [{ productId: +v('ProductId'), quantity: +v('Quantity'), dealId: v('DealId') || null }],
      shipping: { name: v('Name'), phone: v('Phone'), address: v('Address'), communeCode: v('CommuneCode'), carrier: v('Carrier') },
      paymentMethod: v('PaymentMethod'), livestreamId: +id
    };
    var out = $('#buy-result'); out.textContent = '';
    fetch('/api/v1/orders', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': v('IdempotencyKey') },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); }).then(function (res) {
      if (!res.ok) { out.appendChild(el('p', 'alert', res.j.detail || res.j.title)); return; }
      var o = res.j.orders[0];
      var p = el('p', 'notice', t.placed + ' ' + o.code + '. ');
      if (o.payment.method === 'vietqr') {
        var a = el('a', null, t.pay); a.href = '/don-hang/' + o.code + '/thanh-toan' + (o.lookupToken ? '?token=' + o.lookupToken : ''); a.target = '_blank'; p.appendChild(a);
      }
      out.appendChild(p);
      form.querySelector('[name="Input.IdempotencyKey"]').value = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now())).replace(/-/g, '');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    root = document.getElementById('live'); if (!root) return;
    id = root.dataset.session;
    t = { opens: root.dataset.tOpens, left: root.dataset.tLeft, ended: root.dataset.tEnded, soldout: root.dataset.tSoldout, buy: root.dataset.tBuy, slots: root.dataset.tSlots, placed: root.dataset.tPlaced, pay: root.dataset.tPay };
    document.addEventListener('click', function (e) {
      var deal = e.target.closest('[data-buy-deal]');
      if (deal) { choose(deal.dataset.product, deal.dataset.buyDeal); return; }
      if (e.target.closest('[data-buy-pinned]')) { var c = $('#pinned-card'); if (c && c.dataset.product) choose(c.dataset.product, null); }
      if (e.target.closest('[data-print]')) window.print();
    });
    var province = document.querySelector('[name="Input.ProvinceCode"]');
    if (province) province.addEventListener('change', function () { communes(province, province.value); });
    var form = $('#live-buy-form'); if (form) form.addEventListener('submit', function (e) { buy(form, e); });
    setInterval(tickDeals, 500);
    tickDeals();
    if (root.dataset.status !== 'ended') follow();
  });
})();
