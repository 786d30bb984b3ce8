// Search by typing in a person picker (issue 18). A search field before a long list of people narrows it to the
// names and units that contain what is typed; Enter with one match chooses it. Without this script the field stays
// hidden and the list works as it is (a select jumps to the first letters typed; boxes are ticked as usual).
(function () {
  function fold(text) {
    return text.toLocaleLowerCase('da').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function target(filter) {
    return document.getElementById(filter.getAttribute('data-filter-for'));
  }

  // the items a filter narrows: a select's options (not the empty "Vælg …"), or a fieldset's labelled boxes
  function items(list) {
    return list.tagName === 'SELECT'
      ? Array.prototype.filter.call(list.options, function (o) { return o.value !== ''; })
      : Array.prototype.slice.call(list.querySelectorAll('label'));
  }

  function status(filter) {
    var id = filter.id + '-status';
    var element = document.getElementById(id);
    if (!element) {
      element = document.createElement('span');
      element.id = id;
      element.className = 'filter-status';
      element.setAttribute('role', 'status');
      filter.insertAdjacentElement('afterend', element);
      filter.setAttribute('aria-describedby', id);
    }
    return element;
  }

  function apply(filter) {
    var list = target(filter);
    if (!list) {
      return [];
    }
    var query = fold(filter.value.trim());
    var shown = [];
    items(list).forEach(function (item) {
      var chosen = item.tagName === 'OPTION' ? item.selected : item.querySelector('input:checked') !== null;
      var match = query === '' || fold(item.textContent).indexOf(query) >= 0 || chosen;
      item.hidden = !match;
      if (match) {
        shown.push(item);
      }
    });
    status(filter).textContent = query === '' ? '' : shown.length === 1 ? '1 person' : shown.length + ' personer';
    return shown;
  }

  function show(root) {
    root.querySelectorAll('input.choice-filter[hidden]').forEach(function (filter) { filter.hidden = false; });
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input.choice-filter')) {
      apply(event.target);
    }
  });
  document.addEventListener('keydown', function (event) {
    var filter = event.target;
    if (event.key !== 'Enter' || !filter.matches || !filter.matches('input.choice-filter')) {
      return;
    }
    // Enter in the search field never sends the form; with exactly one match it chooses that person
    event.preventDefault();
    var list = target(filter);
    var shown = apply(filter).filter(function (item) {
      return item.tagName === 'OPTION' ? !item.selected : item.querySelector('input:checked') === null;
    });
    if (shown.length === 1 && list.tagName === 'SELECT') {
      shown[0].selected = true;
      list.focus();
    } else if (shown.length === 1) {
      var box = shown[0].querySelector('input');
      box.checked = true;
      box.focus();
    }
  });
  document.addEventListener('DOMContentLoaded', function () { show(document); });
  document.addEventListener('htmx:afterSettle', function (event) { show(event.target); });
})();
