// The report's behaviour: sorting rows and columns, filters, tooltips, and moving around the matrix with the keyboard.
// Plain script, no library, nothing fetched: the page works opened from a file. Without script it is still complete.
(function () {
  'use strict';
  var table = document.getElementById('matrix-table');
  if (!table) { return; }
  var form = document.getElementById('filters');
  var statusLine = document.getElementById('matrix-status');
  var tip = document.getElementById('tip');
  var body = table.tBodies[0];
  var groupRow = table.tHead.rows[0];
  var ruleRow = table.tHead.rows[1];
  var allGroup = groupRow.querySelector('.h-all');
  var RANK = { error: 6, warning: 5, note: 4, unknown: 3, departed: 2, met: 1, off: 0 };
  var OPEN = { error: true, warning: true, note: true };

  var rows = Array.prototype.slice.call(body.rows);
  var columns = Array.prototype.slice.call(ruleRow.cells).map(function (head, i) {
    return {
      head: head,
      rule: head.getAttribute('data-rule'),
      group: head.getAttribute('data-group'),
      paragraphs: (head.getAttribute('data-paragraphs') || '').split(' '),
      order: +head.getAttribute('data-order'),
      short: +head.getAttribute('data-short'),
      cells: rows.map(function (row) { return row.cells[1 + i]; })
    };
  });
  var groups = Array.prototype.slice.call(groupRow.querySelectorAll('th[data-group]'));
  // The cells that follow the rules' cells in each row (open findings, kind, region): rules' cells go before them.
  var tails = rows.map(function (row) { return row.cells[1 + columns.length]; });
  var sort = { key: 'name', column: null, descending: false };

  function text(row, key) { return (row.getAttribute('data-' + key) || '').toLowerCase(); }
  function state(cell) { return cell.getAttribute('data-state'); }
  function byName(a, b) {
    var x = text(a, 'name'), y = text(b, 'name');
    return x < y ? -1 : x > y ? 1 : 0;
  }

  // Filters ------------------------------------------------------------------------------------------------------
  function values() {
    return {
      q: form.elements.q.value.trim().toLowerCase(),
      kind: form.elements.kind.value,
      region: form.elements.region.value,
      severity: form.elements.severity.value,
      rule: form.elements.rule.value,
      paragraph: form.elements.paragraph.value,
      open: form.elements.open.checked,
      order: form.elements.order.value
    };
  }

  function apply() {
    var v = values();
    var shownColumns = columns.filter(function (c) {
      var show = (!v.rule || c.rule === v.rule) && (!v.paragraph || c.paragraphs.indexOf(v.paragraph) >= 0);
      c.visible = show;
      c.head.hidden = !show;
      c.head.classList.toggle('picked', !!(v.rule || v.paragraph) && show);
      c.cells.forEach(function (cell) { cell.hidden = !show; });
      return show;
    });
    var shown = 0;
    rows.forEach(function (row, r) {
      var ok = (!v.q || text(row, 'name').indexOf(v.q) >= 0 || text(row, 'code').indexOf(v.q) >= 0)
        && (!v.kind || row.getAttribute('data-kind') === v.kind)
        && (!v.region || row.getAttribute('data-region') === v.region);
      if (ok && v.severity) {
        ok = shownColumns.some(function (c) { return state(c.cells[r]) === v.severity; });
      }
      if (ok && v.open) {
        ok = shownColumns.some(function (c) { return OPEN[state(c.cells[r])] === true; });
      }
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    layoutColumns(v.order);
    statusLine.textContent = 'Showing ' + shown + ' of ' + rows.length + (rows.length === 1 ? ' authority' : ' authorities')
      + ' and ' + shownColumns.length + ' of ' + columns.length + (columns.length === 1 ? ' rule.' : ' rules.');
    resetRoving();
  }

  // Column order and groups ----------------------------------------------------------------------------------------
  function layoutColumns(order) {
    var ordered = columns.slice().sort(function (a, b) {
      return order === 'short' ? (b.short - a.short) || (a.order - b.order) : a.order - b.order;
    });
    ordered.forEach(function (c) { ruleRow.appendChild(c.head); });
    rows.forEach(function (row, r) {
      ordered.forEach(function (c) { row.insertBefore(c.cells[r], tails[r]); });
    });
    var visible = ordered.filter(function (c) { return c.visible; });
    visible.forEach(function (c, i) {
      var starts = i === 0 || (order !== 'short' && visible[i - 1].group !== c.group);
      c.head.classList.toggle('first', starts);
    });
    if (order === 'short') {
      groups.forEach(function (g) { g.hidden = true; });
      allGroup.hidden = visible.length === 0;
      allGroup.colSpan = Math.max(visible.length, 1);
    } else {
      allGroup.hidden = true;
      groups.forEach(function (g) {
        var count = visible.filter(function (c) { return c.group === g.getAttribute('data-group'); }).length;
        g.hidden = count === 0;
        g.colSpan = Math.max(count, 1);
      });
    }
  }

  // Sorting rows -------------------------------------------------------------------------------------------------------
  function sortRows(key, column) {
    if (sort.key === key && sort.column === column) {
      sort.descending = !sort.descending;
    } else {
      sort = { key: key, column: column, descending: key === 'open' || key === 'rule' };
    }
    var sorted = rows.map(function (row, r) { return { row: row, r: r }; });
    sorted.sort(function (a, b) {
      var d = 0;
      if (key === 'open') {
        d = (+a.row.getAttribute('data-open')) - (+b.row.getAttribute('data-open'));
      } else if (key === 'rule') {
        d = RANK[state(column.cells[a.r])] - RANK[state(column.cells[b.r])];
      } else if (key !== 'name') {
        var x = text(a.row, key), y = text(b.row, key);
        d = x < y ? -1 : x > y ? 1 : 0;
      }
      if (d === 0) { return byName(a.row, b.row); }
      return sort.descending ? -d : d;
    });
    if (key === 'name' && sort.descending) { sorted.reverse(); }
    sorted.forEach(function (s) { body.appendChild(s.row); });
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th[aria-sort]'), function (th) { th.removeAttribute('aria-sort'); });
    var th = column ? column.head : table.tHead.querySelector('button[data-sort="' + key + '"]').parentNode;
    th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
    resetRoving();
  }

  table.tHead.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-sort]');
    if (!button) { return; }
    var key = button.getAttribute('data-sort');
    var column = key === 'rule' ? columns.filter(function (c) { return c.head === button.parentNode; })[0] : null;
    sortRows(key, column);
  });

  // Keyboard: one tab stop in the matrix body; arrows, Home and End move; Enter opens the findings ----------------
  var current = null;
  function navigable(row) {
    var items = [row.cells[0].querySelector('a')];
    Array.prototype.forEach.call(row.querySelectorAll('td.c'), function (cell) {
      if (!cell.hidden) { items.push(cell); }
    });
    return items;
  }
  function visibleRows() {
    return Array.prototype.filter.call(body.rows, function (row) { return !row.hidden; });
  }
  function setCurrent(item, focus) {
    if (current && current !== item) { current.tabIndex = -1; }
    current = item;
    if (item) {
      item.tabIndex = 0;
      if (focus) { item.focus(); }
    }
  }
  function resetRoving() {
    Array.prototype.forEach.call(body.querySelectorAll('td.c, th.name a'), function (el) { el.tabIndex = -1; });
    var first = visibleRows()[0];
    current = null;
    setCurrent(first ? navigable(first)[0] : null, false);
  }
  body.addEventListener('keydown', function (event) {
    var item = event.target;
    var row = item.closest('tr');
    if (!row) { return; }
    var list = visibleRows();
    var r = list.indexOf(row);
    var items = navigable(row);
    var c = items.indexOf(item);
    var next = null;
    switch (event.key) {
      case 'ArrowRight': next = items[Math.min(c + 1, items.length - 1)]; break;
      case 'ArrowLeft': next = items[Math.max(c - 1, 0)]; break;
      case 'ArrowDown': if (r + 1 < list.length) { next = navigable(list[r + 1])[c]; } break;
      case 'ArrowUp': if (r > 0) { next = navigable(list[r - 1])[c]; } break;
      case 'Home': next = event.ctrlKey ? navigable(list[0])[0] : items[0]; break;
      case 'End': next = event.ctrlKey ? navigable(list[list.length - 1])[c] : items[items.length - 1]; break;
      case 'Enter': case ' ':
        if (item.tagName === 'TD' && item.hasAttribute('data-go')) { event.preventDefault(); go(item); }
        return;
      case 'Escape': hideTip(); return;
      default: return;
    }
    if (next) { event.preventDefault(); setCurrent(next, true); }
  });
  body.addEventListener('click', function (event) {
    var cell = event.target.closest('td[data-go]');
    if (cell) { setCurrent(cell, false); go(cell); }
  });
  function go(cell) {
    var target = document.getElementById(cell.getAttribute('data-go'));
    if (!target) { return; }
    hideTip();
    if (location.hash !== '#' + target.id) { location.hash = target.id; }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  // Tooltips: hover or focus shows the hidden detail of a cell or column ------------------------------------------------
  var tipOwner = null;
  function showTip(owner) {
    var source = document.getElementById(owner.getAttribute('data-tip'));
    if (!source) { return; }
    tipOwner = owner;
    tip.innerHTML = source.innerHTML;
    tip.hidden = false;
    var box = owner.getBoundingClientRect();
    var width = tip.offsetWidth, height = tip.offsetHeight;
    var left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), window.innerWidth - width - 8);
    var top = box.bottom + 8;
    if (top + height > window.innerHeight - 8) { top = Math.max(8, box.top - height - 8); }
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }
  function hideTip() { tip.hidden = true; tipOwner = null; }
  // Scrolling moves the cells under a tip: the tip of the focused cell follows it (moving to a cell scrolls the matrix),
  // any other tip goes.
  function followOrHideTip() {
    if (tipOwner && tipOwner === document.activeElement) { showTip(tipOwner); } else { hideTip(); }
  }
  table.addEventListener('mouseover', function (event) {
    var owner = event.target.closest('[data-tip]');
    if (owner) { showTip(owner); } else { hideTip(); }
  });
  table.addEventListener('mouseleave', hideTip);
  table.addEventListener('focusin', function (event) {
    var owner = event.target.closest('[data-tip]');
    if (owner) { showTip(owner); } else { hideTip(); }
    var row = event.target.closest('tbody tr');
    if (row && (event.target.tagName === 'TD' || event.target.tagName === 'A')) { setCurrent(event.target, false); }
  });
  table.addEventListener('focusout', hideTip);
  table.parentNode.addEventListener('scroll', followOrHideTip, { passive: true });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hideTip(); } });

  // Filters from the form and from links such as #matrix?paragraph=3.13&open=1 ------------------------------------
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });

  function fromHash() {
    var hash = location.hash;
    var at = hash.indexOf('?');
    if (hash.indexOf('#matrix') !== 0 || at < 0) { return false; }
    form.reset();
    hash.slice(at + 1).split('&').forEach(function (pair) {
      var parts = pair.split('=');
      var name = decodeURIComponent(parts[0] || ''), value = decodeURIComponent(parts[1] || '');
      var field = form.elements[name];
      if (!field) { return; }
      if (field.type === 'checkbox') { field.checked = value === '1' || value === 'true'; } else { field.value = value; }
    });
    apply();
    document.getElementById('matrix').scrollIntoView({ block: 'start' });
    return true;
  }
  window.addEventListener('hashchange', fromHash);

  if (!fromHash()) { apply(); }
})();
