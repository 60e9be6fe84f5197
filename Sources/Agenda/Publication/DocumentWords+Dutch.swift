import Documents

extension DocumentWords {
    /// The words the writers add to every document the toolkit makes: the documents are Dutch, and
    /// the `Documents` module knows no Dutch of its own.
    public static let dutch = DocumentWords(
        page: "pagina", of: "van", version: "versie", tableOfContents: "Inhoudsopgave", continued: "vervolg", slide: "Dia",
        table: "Tabel", tableWithColumns: "Tabel met de kolommen", scrollHint: "Schuif de tabel opzij om alles te zien",
        goTo: "Naar", theDocument: "het document", aHeading: "een kop in dit document",
        office: OfficeWords(
            titlePrompt: "Klik om de titel te bewerken", textPrompt: "Klik om de tekst te bewerken",
            subtitlePrompt: "Klik om de ondertitel te bewerken", titleSlideLayout: "Titeldia", titleAndContentLayout: "Titel en inhoud",
            sectionHeaderLayout: "Sectiekop of slotdia", titleOnlyLayout: "Alleen titel", title: "Titel", subtitle: "Ondertitel",
            text: "Tekst", note: "Notitie", footer: "Voettekst", slideNumber: "Dianummer", slideNumberField: "‹nr.›",
            ruleUnderTitle: "Lijn onder titel", ruleAboveFooter: "Lijn boven voettekst", caption: "Bijschrift", source: "Bron",
            legend: "Legenda", chart: "Grafiek", map: "Kaart", tableTextStyle: "Tabeltekst", codeCharacterStyle: "Code (teken)",
            tableStyle: "Tabel mja"))
}
