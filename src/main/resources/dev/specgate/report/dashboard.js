(function () {
  "use strict";
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var filtered = Array.prototype.slice.call(document.querySelectorAll("tr[data-spec]"));
  var counter = document.getElementById("shown");
  var findingRows = document.querySelectorAll("#findings tbody tr");

  function applyFilters() {
    filtered.forEach(function (row) {
      row.hidden = !selects.every(function (select) {
        var name = "data-" + select.getAttribute("data-filter");
        return select.value === "" || !row.hasAttribute(name) || row.getAttribute(name) === select.value;
      });
    });
    var shown = 0;
    Array.prototype.forEach.call(findingRows, function (row) {
      if (!row.hidden) {
        shown++;
      }
    });
    counter.textContent = shown + " of " + findingRows.length + " findings shown";
  }

  function cellKey(row, index) {
    var cell = row.cells[index];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) {
      return x - y;
    }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, index) {
      header.querySelector("button").addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var order = compare(cellKey(r1, index), cellKey(r2, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  selects.forEach(function (select) { select.addEventListener("change", applyFilters); });
  applyFilters();
})();
