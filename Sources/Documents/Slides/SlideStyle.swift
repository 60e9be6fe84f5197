/// The CSS of a ``SlideDeckPage``. Every slide is a 16:9 sheet as large as the screen allows,
/// centred on a dark background in a box one screen high, and the page snaps from box to box, so
/// PageDown, Space and the arrow keys move one slide. Sizes are in `em` of the sheet's type size,
/// which is 34 px on a 1920 × 1080 screen (`min(1.77vw, 3.15vh)`). Dark text on white and a dark
/// blue for titles survive a weak projector. In print every slide is one 16:9 page.
enum SlideStyle {
    static let css = """
        html { scroll-snap-type: y mandatory; background: #222; }
        body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #111; }
        main { display: block; }
        .dia { height: 100vh; display: flex; align-items: center; justify-content: center; scroll-snap-align: start; }
        .vel { box-sizing: border-box; width: min(100vw, 177.78vh); height: min(56.25vw, 100vh); background: #fff; overflow: hidden;
          display: flex; flex-direction: column; padding: 1.6em 2.4em 0.8em; font-size: min(1.77vw, 3.15vh); line-height: 1.35; }
        .vel h1, .vel h2 { color: #0b2f5b; margin: 0 0 .6em; line-height: 1.15; }
        .vel h2 { font-size: 1.75em; border-bottom: .12em solid #0b2f5b; padding-bottom: .2em; }
        .vel h3, .vel h4 { font-size: 1.1em; margin: .4em 0 .2em; color: #0b2f5b; }
        .titeldia .vel { justify-content: center; background: #0b2f5b; color: #fff; padding: 2em 3em; }
        .titeldia .vel h1 { color: #fff; font-size: 2.6em; margin-bottom: .8em; }
        .titeldia .inhoud { flex: 0 0 auto; font-size: 1.15em; }
        .titeldia .voet { display: none; }
        .inhoud { flex: 1 1 auto; min-height: 0; overflow: hidden; }
        .inhoud > :first-child { margin-top: 0; }
        .inhoud p { margin: 0 0 .5em; }
        .inhoud ul, .inhoud ol { margin: 0 0 .5em; padding-left: 1.3em; }
        .inhoud li { margin-bottom: .2em; }
        .inhoud blockquote { margin: .3em 0; padding: .3em .8em; border-left: .25em solid #0b2f5b; background: #eef2f7; }
        .inhoud table { border-collapse: collapse; width: 100%; margin: 0 0 .5em; }
        .inhoud th, .inhoud td { border-bottom: 1px solid #555; padding: .2em .4em; text-align: left; vertical-align: top; }
        .inhoud thead th { background: #0b2f5b; color: #fff; }
        .inhoud caption { text-align: left; font-weight: bold; margin-bottom: .3em; }
        tr.totaal td { font-weight: bold; border-top: 2px solid #111; }
        td.aandacht { background: #\(Table.CellShade.caution.rgb); } td.tekort { background: #\(Table.CellShade.shortfall.rgb); }
        .dia-figuur { margin: 0; height: 100%; display: flex; flex-direction: column; }
        .dia-figuur figcaption { font-weight: bold; margin-bottom: .3em; }
        .dia-figuur svg { flex: 1 1 auto; min-height: 0; width: 100%; height: 100%; }
        .dia-figuur svg text { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; fill: #000; }
        .kaart-dia { flex: 1 1 auto; min-height: 0; display: flex; gap: 1.5em; align-items: flex-start; }
        .kaart-dia > svg { flex: 1 1 auto; width: auto; }
        .kaart-legenda { flex: 0 0 auto; }
        .kaart-legenda p { margin: 0 0 .3em; }
        .kaart-legenda ul { list-style: none; margin: 0; padding: 0; }
        .kaart-legenda li { display: flex; align-items: center; gap: .5em; margin: 0 0 .3em; }
        .kaart-legenda svg.staal { flex: 0 0 auto; width: 2.2em; height: 1.45em; }
        .bron { font-size: .75em; color: #333; margin: .3em 0 0; }
        .voet { display: flex; justify-content: space-between; margin: .4em 0 0; font-size: .7em; color: #333; border-top: 1px solid #999; padding-top: .3em; }
        .kaart, table td, .titeldia .vel, .inhoud thead th { -webkit-print-color-adjust: exact; }
        @page { size: 338.67mm 190.5mm; margin: 0; }
        @media print {
          html { background: #fff; scroll-snap-type: none; }
          .dia { height: auto; display: block; break-after: page; }
          .vel { width: 338.67mm; height: 190.5mm; font-size: 22.67px; }
        }
        """
}
