/// The forms' part of the one stylesheet (`Stylesheet.css`): fields, their messages, the budget
/// table, the verdicts and ceilings beside a form. Contrast as the rest (WCAG AA).
enum FormsStylesheet {
    // `.verborgen` labels are placed against their nearest positioned box; `.tabel-scroll` is one
    // (`position: relative`, in `Stylesheet`), so the labels of the budget table's far columns stay
    // inside its scrolling box instead of widening the page (the action form scrolled sideways at 390 px).
    // A message in a table cell gets a width to wrap in: at 390 px the squeezed amount column made
    // a warning one word a line, its row a screen tall.
    static let css = """

        .veld { margin: 0.4em 0; }
        .veld input[type=text], .veld input[type=date], .veld select, textarea.kort { width: 100%; max-width: 40rem; }
        input[type=date] { font: inherit; padding: 0.25em 0.5em; border: 2px solid var(--muted); border-radius: 4px; }
        textarea.kort { white-space: pre-wrap; overflow-wrap: break-word; overflow-x: hidden; font-family: inherit; font-size: 1rem; line-height: 1.45; min-height: 0; height: auto; padding: 0.4em; border: 2px solid var(--muted); border-radius: 4px; }
        .veld .klein { display: block; }
        .veldfout { display: block; color: var(--fout); font-weight: bold; margin-top: 0.2em; }
        .veldwaarschuwing { display: block; color: var(--let-op); font-weight: bold; margin-top: 0.2em; border-left: 4px solid var(--let-op); padding-left: 0.4em; }
        td .veldwaarschuwing, td .veldfout { min-width: 22rem; }
        [aria-invalid=true] { border-color: var(--fout) !important; border-width: 3px !important; }
        fieldset.vakjes { border: 2px solid var(--line); border-radius: 4px; margin: 0.8em 0; padding: 0.4em 0.8em; max-width: 40rem; }
        fieldset.vakjes legend { font-weight: bold; }
        fieldset.vakjes label { font-weight: normal; display: block; margin: 0.2em 0; }
        .verborgen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        table.begroting input, table.begroting select { width: auto; }
        .formulier-naast { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
        .formulier-naast aside { background: var(--band); padding: 0.5em 1em; border-radius: 4px; }
        aside.plafonds { background: var(--band); padding: 0.5em 1em; border-radius: 4px; margin: 1em 0; max-width: 48rem; }
        .formulier-naast aside h2 { margin-top: 0.4em; }
        .oordeel.goed { color: var(--goed); }
        .oordeel.let-op { color: var(--fout); }
        .oordelen dd { margin: 0 0 0.6em 0; font-size: 0.9rem; }
        aside.plafonds td { white-space: nowrap; }
        td.tekort { color: var(--fout); font-weight: bold; }
        fieldset.vakjes label[hidden] { display: none; }
        fieldset.vakjes .zoekveld label { font-weight: bold; }
        .zoekveld { margin: 0.2em 0 0.6em 0; }
        .zoekveld input[type=search] { width: 100%; max-width: 24rem; font: inherit; padding: 0.25em 0.5em; border: 2px solid var(--muted); border-radius: 4px; }
        .zoektelling { margin: 0.2em 0 0 0; }
        @media (max-width: 50rem) { .formulier-naast { grid-template-columns: 1fr; } table.begroting select { max-width: 9rem; } aside.plafonds { padding: 0.5em; } }
        """
}
