/// The forms' one script, served as a file (`/formulieren.js`; the pages allow script from this
/// server only, never inline). Without it every form works as it is: the partners are check boxes.
///
/// With it, a list of check boxes marked `data-zoeken` gets a search field above it that hides
/// the organisations whose name does not contain what is typed (letters compared without accents
/// or capitals), and a count read out politely ("7 van 24 organisaties"). A ticked box is never
/// hidden, so what is chosen stays in view and is sent as always. Enter in the search field does
/// not send the form; Escape empties it.
///
/// And what stands beside a form and the server works out from its answers (`data-bijwerken`: the
/// six criteria's verdicts, the ceilings and what is left, budgeted against realised, the line of
/// an indicator) is brought up to date as one types: 600 ms after the last change the form is sent
/// as its Controleren button sends it (the server checks in memory and saves nothing) and those
/// parts of the answer replace their old selves. Only one request runs at a time; a change made
/// meanwhile sends one more when it ends. Without script, Controleren does the same by hand.
enum FormsScript {
    /// The address it is served at, without the leading `/`.
    static let fileName = "formulieren.js"

    /// The script tag a form page carries.
    static let tag = "<script src=\"/\(fileName)\" defer></script>"

    static let source = """
        // mja werkruimte: zoeken in de lijst met organisaties van een formulier, en bijwerken
        // wat naast het formulier staat terwijl u typt.
        (function () {
          'use strict';
          function plain(text) {
            return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
          }
          var lists = document.querySelectorAll('fieldset[data-zoeken]');
          Array.prototype.forEach.call(lists, function (list, number) {
            var labels = Array.prototype.slice.call(list.querySelectorAll('label'));
            if (labels.length === 0) { return; }
            var legend = list.querySelector('legend');
            var noun = list.getAttribute('data-zoeken');
            var box = document.createElement('div');
            box.className = 'zoekveld';
            var label = document.createElement('label');
            var id = 'zoek-' + (list.id || number);
            label.setAttribute('for', id);
            label.textContent = 'Zoek in de lijst' + (legend ? ': ' + legend.textContent.toLowerCase() : '');
            var field = document.createElement('input');
            field.type = 'search';
            field.id = id;
            field.setAttribute('autocomplete', 'off');
            field.setAttribute('aria-controls', list.id);
            var count = document.createElement('p');
            count.className = 'klein zoektelling';
            count.id = id + '-telling';
            count.setAttribute('aria-live', 'polite');
            field.setAttribute('aria-describedby', count.id);
            box.appendChild(label);
            box.appendChild(field);
            box.appendChild(count);
            list.insertBefore(box, legend ? legend.nextSibling : list.firstChild);
            function filter() {
              var wanted = plain(field.value.trim());
              var shown = 0;
              labels.forEach(function (item) {
                var input = item.querySelector('input');
                var match = wanted === '' || plain(item.textContent).indexOf(wanted) !== -1;
                var visible = match || (input && input.checked);
                item.hidden = !visible;
                if (match) { shown += 1; }
              });
              count.textContent = shown + ' van ' + labels.length + ' ' + noun;
            }
            field.addEventListener('input', filter);
            field.addEventListener('keydown', function (event) {
              if (event.key === 'Enter') { event.preventDefault(); }
              if (event.key === 'Escape' && field.value !== '') { event.preventDefault(); field.value = ''; filter(); }
            });
            filter();
          });

          var live = document.querySelectorAll('[data-bijwerken][id]');
          var form = live.length > 0 ? live[0].closest('form') : null;
          if (!form || typeof fetch !== 'function') { return; }
          var timer = null;
          var running = false;
          var again = false;
          function refresh() {
            if (running) { again = true; return; }
            running = true;
            var data = new FormData(form);
            data.set('knop', 'controleren');
            fetch(form.getAttribute('action'), { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(data) })
              .then(function (response) { return response.text(); })
              .then(function (html) {
                var page = new DOMParser().parseFromString(html, 'text/html');
                Array.prototype.forEach.call(live, function (part) {
                  var fresh = page.getElementById(part.id);
                  if (fresh) { part.innerHTML = fresh.innerHTML; }
                });
              })
              .catch(function () { /* Controleren still does it by hand. */ })
              .then(function () {
                running = false;
                if (again) { again = false; refresh(); }
              });
          }
          function changed(event) {
            if (event.target && event.target.type === 'search') { return; }
            clearTimeout(timer);
            timer = setTimeout(refresh, 600);
          }
          form.addEventListener('input', changed);
          form.addEventListener('change', changed);
        })();

        """
}
