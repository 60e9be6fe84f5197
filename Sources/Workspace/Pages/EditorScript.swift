/// The edit page's one script, served as a file (`/werkruimte.js`): the pages' policy allows script
/// from this server only, never inline and never `eval`. Without it the page works as it is: the
/// server numbers the lines, the findings link to them, the check runs when the text is saved.
///
/// With it: the gutter follows the lines as they are typed; after a pause in typing (600 ms) the
/// text is posted (with the form's CSRF token; the browser adds `Origin`) to
/// `/agenda/ID/controleren`, which checks it in memory and answers the findings as the list the
/// page shows; a short summary is announced politely (`role="status"`); one check at a time; a
/// finding's link puts the cursor on its line.
enum EditorScript {
    /// The address it is served at, without the leading `/`.
    static let fileName = "werkruimte.js"

    /// How long typing must pause before the text is checked, in milliseconds.
    static let pause = 600

    static let source = """
        // mja werkruimte: regelnummers en controle tijdens het typen op de bewerkpagina.
        (function () {
          'use strict';
          var form = document.getElementById('bewerk-formulier');
          var area = document.getElementById('tekst');
          var gutter = document.getElementById('goot');
          var editor = document.getElementById('editor');
          var list = document.getElementById('bevindingen');
          var state = document.getElementById('controle-stand');
          if (!form || !area || !gutter || !editor || !list || !state) { return; }
          var address = form.getAttribute('data-controle');
          var token = form.elements.namedItem('csrf').value;
          var spare = \(WorkspaceSite.spareRows);
          var timer = null, busy = false, again = false, checked = area.value;

          function lineCount() {
            var text = area.value, count = 1;
            for (var i = 0; i < text.length; i++) { if (text.charCodeAt(i) === 10) { count++; } }
            return count;
          }

          // The numbers beside the text: one per line, the text area as tall as its lines.
          function number() {
            var count = lineCount(), have = gutter.children.length;
            while (have < count) {
              have++;
              var mark = document.createElement('span');
              mark.id = 'regel-' + have;
              mark.textContent = String(have);
              gutter.appendChild(mark);
            }
            while (have > count) { gutter.removeChild(gutter.lastChild); have--; }
            area.rows = count + spare;
          }

          function say(text) { if (state.textContent !== text) { state.textContent = text; } }

          function show(status, html) {
            if (status === 200) {
              list.innerHTML = html;
              var summary = list.querySelector('p');
              say('Van de tekst zoals u die typt (nog niet opgeslagen): ' + (summary ? summary.textContent : ''));
            } else if (status === 429) {
              checked = null;
              again = true;
            } else if (status === 413) {
              say('De tekst is te groot om tijdens het typen te controleren; bij opslaan wordt hij wel gecontroleerd.');
            } else {
              say('De controle tijdens het typen lukte niet (uw sessie is misschien verlopen). Bij opslaan wordt de tekst ook gecontroleerd.');
            }
          }

          function check() {
            timer = null;
            if (busy) { again = true; return; }
            var text = area.value;
            if (text === checked) { return; }
            busy = true;
            checked = text;
            var body = new URLSearchParams();
            body.set('csrf', token);
            body.set('tekst', text);
            fetch(address, { method: 'POST', body: body, credentials: 'same-origin' })
              .then(function (response) { return response.text().then(function (html) { show(response.status, html); }); })
              .catch(function () {
                checked = null;
                say('De controle tijdens het typen lukte niet (geen verbinding met de werkruimte). Bij opslaan wordt de tekst ook gecontroleerd.');
              })
              .then(function () {
                busy = false;
                if (again) { again = false; later(); }
              });
          }

          function later() {
            if (timer !== null) { clearTimeout(timer); }
            timer = setTimeout(check, \(pause));
          }

          // A finding's link: the cursor at the start of its line, the line in view.
          function goTo(line) {
            var text = area.value, at = 0;
            for (var n = 1; n < line; n++) {
              var next = text.indexOf('\\n', at);
              if (next < 0) { break; }
              at = next + 1;
            }
            area.focus({ preventScroll: true });
            area.setSelectionRange(at, at);
            editor.scrollIntoView({ block: 'nearest' });
            var mark = document.getElementById('regel-' + line);
            if (mark) { editor.scrollTop = Math.max(0, mark.offsetTop - editor.clientHeight / 3); }
          }

          area.addEventListener('input', function () { number(); later(); });
          list.addEventListener('click', function (event) {
            var link = event.target.closest('a[href^="#regel-"]');
            if (!link) { return; }
            event.preventDefault();
            goTo(parseInt(link.getAttribute('href').slice(7), 10));
          });
        }());

        """
}
