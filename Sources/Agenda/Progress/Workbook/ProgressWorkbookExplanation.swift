/// The words of the sheet `Toelichting`: how a controller fills in the progress workbook, in Dutch.
enum ProgressWorkbookExplanation {
    static let lines = [
        "Deze werkmap is gemaakt met 'mja voortgang --xlsx'. U vult de voortgang in; mja zet die daarna in de agenda.",
        "",
        "Blad Acties: per actie de status, de voortgang in procenten (0 tot en met 100) en de peildatum (de datum waarop die stand geldt).",
        "Blad Realisatie: per actie, jaar en financieringsbron het bedrag dat tot de peildatum werkelijk is uitgegeven.",
        "   De kolom Begroot staat er ter vergelijking; die verandert u hier niet.",
        "   Onder de regels van elke actie staat een lege regel: vul daar jaar, bron en bedrag in voor een combinatie die er nog niet staat.",
        "   Maakt u een bedrag leeg, dan verdwijnt die regel uit de realisatie van de agenda.",
        "Blad Metingen: per resultaat de metingen van de indicator, met datum en waarde.",
        "   Onder de metingen van elk resultaat staat een lege regel voor een nieuwe meting.",
        "",
        "Bedragen: typ ze gewoon in euro's, zoals 162400 of 95000,50. Schrijf 1.500 als u vijftienhonderd bedoelt;",
        "   '1,500' kan 1,5 of 1500 betekenen en wordt daarom geweigerd: mja gokt niet.",
        "Datums: zoals 30-9-2026. Statussen en financieringsbronnen kiest u uit de lijst in de cel.",
        "",
        "U wijzigt alleen Status, Voortgang en Peildatum (Acties), Jaar, Financieringsbron en Gerealiseerd (Realisatie), Datum, Waarde en Bron (Metingen).",
        "   De rest is beschermd (zonder wachtwoord), zodat elke regel terug te vinden is in de agenda.",
        "De verborgen kolom A (Sleutel) en de verborgen bladen Lijsten en Basis laat u staan: daarmee weet mja welke regel bij welke actie hoort.",
        "",
        "Inlezen: 'mja voortgang --xlsx-invoer voortgang.xlsx' laat zien wat er verandert; met --toepassen wordt het in de agenda geschreven.",
        "   In de werkplaats (mja server) kan dat ook: Voortgang uit Excel op het overzicht, eerst een voorbeeld, dan Toepassen.",
        "   Is een agenda intussen op dezelfde plek gewijzigd, of bevat een cel iets wat niet zeker te lezen is, dan noemt mja de cel en waarom;",
        "   de andere regels worden wel toegepast, tenzij de agenda er fouten door zou krijgen: dan wordt voor die agenda niets geschreven.",
    ]
}
