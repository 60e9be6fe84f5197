import Documents

extension DocumentWords {
    /// The words the writers add to every document the toolkit makes: the documents are Dutch, and
    /// the `Documents` module knows no Dutch of its own.
    public static let dutch = DocumentWords(
        page: "pagina", of: "van", version: "versie", tableOfContents: "Inhoudsopgave", continued: "vervolg", slide: "Dia",
        table: "Tabel", tableWithColumns: "Tabel met de kolommen", scrollHint: "Schuif de tabel opzij om alles te zien",
        goTo: "Naar", theDocument: "het document", aHeading: "een kop in dit document")
}
