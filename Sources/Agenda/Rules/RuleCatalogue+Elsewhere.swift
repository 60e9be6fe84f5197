import Diagnostics
extension RuleCatalogue {
    /// A save that would give another agenda an error (`ErrorsElsewhere`): MJA420-MJA429.
    static let elsewhereRules: [Rule] = [
        Rule("MJA420", .error, title: "Wijziging geeft een andere agenda een fout", english: "Change gives another agenda an error",
             explanation: "Agenda's verwijzen naar elkaar: een regionaal thema naar een landelijk thema, een thema naar een signaal van een regio. mja controleert bij elke keer opslaan (formulier, teksteditor, een oudere versie terugzetten, signalen- of voortgangswerkmap, in de werkruimte en met --toepassen) de hele map zoals mja check dat doet. Zou een andere agenda door de wijziging een fout krijgen die ze nog niet had, dan wordt er niets opgeslagen; de melding noemt het bestand en de regel waar die fout zou staan. Fouten die er al waren, houden het opslaan niet tegen. Laat staan waar die agenda naar verwijst, of pas eerst die agenda aan.",
             example: "met deze wijzigingen krijgt een andere agenda een fout die mja check daar meldt (regions/lmja.toml:88: signaal 'AM05/werkcentrum-loket' bestaat niet [MJA016]); er is niets in regions/am05-twente.toml geschreven"),
    ]

    /// The English explanations of `elsewhereRules`.
    static let elsewhereEnglishExplanations: [String: String] = [
        "MJA420": "Agendas refer to each other: a regional theme to a national theme, a theme to a region's signal. At every save (a form, the text editor, restoring an older version, a signal or progress workbook, in the workspace and with --toepassen) mja checks the whole folder as mja check does. When another agenda would get an error it did not have, nothing is saved; the message names the file and line where that error would be. Errors that were there already do not stop the save. Leave in place what that agenda refers to, or change that agenda first.",
    ]
}
