// The navigation collapses behind a "Menu" button on narrow screens. Without this script the menu stays open.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
  var button = document.querySelector('.menu-toggle');
  var menu = document.getElementById('menu');
  if (!button || !menu) {
    return;
  }
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  });
  // one group open at a time, and a click outside closes it
  var groups = menu.querySelectorAll('details.dropdown');
  groups.forEach(function (group) {
    group.addEventListener('toggle', function () {
      if (group.open) {
        groups.forEach(function (other) { if (other !== group) { other.open = false; } });
      }
    });
  });
  document.addEventListener('click', function (event) {
    groups.forEach(function (group) { if (!group.contains(event.target)) { group.open = false; } });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      groups.forEach(function (group) {
        if (group.open) { group.open = false; group.querySelector('summary').focus(); }
      });
    }
  });
});

// A table wider than a phone scrolls sideways (app.css); make it reachable by keyboard, as a scrollable region must be.
function makeWideTablesFocusable() {
  document.querySelectorAll('main table').forEach(function (table) {
    if (table.scrollWidth > table.clientWidth + 1) {
      table.setAttribute('tabindex', '0');
    } else {
      table.removeAttribute('tabindex');
    }
  });
}
document.addEventListener('DOMContentLoaded', makeWideTablesFocusable);
window.addEventListener('resize', makeWideTablesFocusable);
document.addEventListener('htmx:afterSettle', makeWideTablesFocusable);
