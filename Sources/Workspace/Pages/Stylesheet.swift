import FoundationEssentials
import Hashing

/// The pages' one stylesheet, inside every page (a page is complete in itself, saved or printed):
/// the documents' house style (colours, type, tables) with the forms and the editor. The policy
/// allows this style by its SHA-256 and no other inline style.
enum Stylesheet {
    /// The `style-src` source that allows exactly `css`.
    static let policySource = "'sha256-\(Data(SHA256.hash(Array(css.utf8))).base64EncodedString())'"

    /// The stylesheet: the pages' own, then the forms'.
    static let css = baseCSS + FormsStylesheet.css

    static let baseCSS = """
        :root { --text: #1a1a1a; --muted: #555; --line: #c8c8c8; --accent: #154273; --band: #f3f5f8;
          --fout: #8a1c1c; --fout-band: #f8d7da; --let-op: #6b4e00; --let-op-band: #fff3cd; --goed: #1e5a2e; --goed-band: #dff0d8; }
        * { box-sizing: border-box; }
        html { font-size: 112.5%; }
        body { margin: 0 auto; max-width: 70rem; padding: 0 1.5rem 4rem; color: var(--text); background: #fff;
          font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.55; overflow-wrap: break-word; }
        h1, h2, h3 { color: var(--accent); line-height: 1.25; margin: 1.4em 0 0.5em; }
        h1 { font-size: 1.9rem; margin-top: 0.6em; }
        h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2em; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible {
          outline: 3px solid #e17000; outline-offset: 2px; }
        .overslaan { position: absolute; left: -999rem; }
        .overslaan:focus { position: static; display: inline-block; margin: 0.5rem 0; }
        .kop { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem;
          border-bottom: 4px solid var(--accent); padding: 0.8rem 0; }
        .werkruimte { margin: 0; font-weight: bold; font-size: 1.1rem; }
        .werkruimte a { text-decoration: none; }
        .afmelden { display: flex; gap: 0.6rem; align-items: center; margin: 0; }
        .kruimels ol { list-style: none; padding: 0; margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
        .kruimels li + li::before { content: "\\203A"; margin-right: 0.3rem; color: var(--muted); }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; margin: 0 0 1em; }
        caption { text-align: left; font-weight: bold; padding: 0 0 0.3em; }
        th, td { border: 1px solid var(--line); padding: 0.35em 0.6em; vertical-align: top; text-align: left; }
        thead th { background: var(--accent); color: #fff; }
        tbody tr:nth-child(even) { background: var(--band); }
        .tabel-scroll { max-width: 100%; overflow-x: auto; position: relative; }
        button, .knop { font: inherit; background: var(--accent); color: #fff; border: 2px solid var(--accent); border-radius: 4px;
          padding: 0.35em 1em; cursor: pointer; text-decoration: none; display: inline-block; }
        button.tweede, .knop.tweede { background: #fff; color: var(--accent); }
        fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 1em 0; padding: 0.4em 1em 1em; max-width: 40rem; }
        legend { font-weight: bold; padding: 0 0.3em; }
        .keuze { display: flex; gap: 0.5em; align-items: baseline; margin: 0.4em 0; }
        .keuze label { font-weight: normal; margin: 0; display: inline; }
        .gegevens { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
        .gegevens dt { font-weight: bold; } .gegevens dd { margin: 0; }
        code.wachtwoord { font-size: 1.2rem; background: #fff; padding: 0.1em 0.4em; border: 1px solid var(--line); }
        label { font-weight: bold; display: block; margin: 0.8em 0 0.2em; }
        input[type=text], input[type=password], select { font: inherit; padding: 0.3em 0.5em; border: 2px solid var(--muted);
          border-radius: 4px; width: 100%; max-width: 24rem; }
        textarea { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85rem; line-height: 1.45;
          width: 100%; min-height: 36rem; border: 2px solid var(--muted); border-radius: 4px; padding: 0.5em; tab-size: 4;
          white-space: pre; overflow-wrap: normal; overflow-x: auto; }
        .melding { border-left: 6px solid; padding: 0.6em 1em; margin: 1em 0; }
        .melding > p:first-child { margin-top: 0; } .melding > p:last-child { margin-bottom: 0; }
        .melding.fout { border-color: var(--fout); background: var(--fout-band); }
        .melding.let-op { border-color: var(--let-op); background: var(--let-op-band); }
        .melding.goed { border-color: var(--goed); background: var(--goed-band); }
        .bewerken { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr); gap: 1.5rem; align-items: start; }
        @media (max-width: 50rem) { .bewerken { grid-template-columns: 1fr; } }
        .editor { position: relative; display: flex; align-items: flex-start; max-height: 38rem; overflow: auto;
          border: 2px solid var(--muted); border-radius: 4px; }
        .editor:focus-within { outline: 3px solid #e17000; outline-offset: 2px; }
        .editor .goot, .editor textarea { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85rem;
          line-height: 1.25rem; margin: 0; border: 0; padding: 0.5rem; }
        .goot { flex: none; min-width: 3.8em; text-align: right; color: var(--muted); background: var(--band); user-select: none;
          border-right: 1px solid var(--line); }
        .goot span { display: block; }
        .goot span:target { background: var(--let-op-band); color: var(--text); font-weight: bold; }
        .editor textarea { flex: 1; min-width: 0; min-height: 0; border-radius: 0; resize: none; overflow-y: hidden; overflow-x: auto; }
        .editor textarea:focus-visible { outline: none; }
        .regels { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85rem; line-height: 1.45;
          background: var(--band); padding: 0.5em; margin: 0 0 1em; max-height: 30rem; overflow: auto; white-space: pre-wrap; }
        .regels span { display: block; }
        .regels span:target { background: var(--let-op-band); outline: 2px solid var(--let-op); }
        .regels .nummer { display: inline-block; min-width: 3.5em; color: var(--muted); user-select: none; }
        .bevindingen li { margin-bottom: 0.6em; }
        .ernst { font-weight: bold; }
        .ernst.fout { color: var(--fout); } .ernst.waarschuwing { color: var(--let-op); }
        .naast { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        @media (max-width: 50rem) { .naast { grid-template-columns: 1fr; } }
        .knoppen { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; margin: 1em 0; }
        .klein { color: var(--muted); font-size: 0.9rem; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print { .afmelden, .overslaan, .knoppen, form button { display: none; } body { max-width: none; padding: 0; } }
        """
}
