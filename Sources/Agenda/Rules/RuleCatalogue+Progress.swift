import Diagnostics
extension RuleCatalogue {
    /// The rules on the progress data of the execution part (realisatie, metingen, peildatum).
    static let progressRules: [Rule] = [
        Rule("MJA150", .warning, title: "Meer uitgegeven dan begroot", english: "More spent than budgeted",
             explanation: "De realisatie van een actie in een jaar uit een financieringsbron is hoger dan de begroting van die actie voor dat jaar en die bron (of er is daar niets begroot). De melding wijst naar het bedrag van de realisatie, met een opmerking bij elke begrotingsregel die meetelt.",
             example: "begroting = [{ jaar = 2026, bron = \"gemeente\", bedrag = 180000 }]\n"
                + "fout:  realisatie = [{ jaar = 2026, bron = \"gemeente\", bedrag = 195000 }]\n"
                + "goed:  realisatie = [{ jaar = 2026, bron = \"gemeente\", bedrag = 38500 }]"),
        Rule("MJA151", .error, title: "Realisatie in een jaar buiten de uitvoeringsperiode", english: "Spending in a year outside the execution period",
             explanation: "Uitgaven horen bij een jaar van de uitvoeringsperiode, net als de begroting.",
             example: "fout:  realisatie = [{ jaar = 2028, bron = \"gemeente\", bedrag = 5000 }]   # uitvoeringsperiode 2026-2027\n"
                + "goed:  realisatie = [{ jaar = 2027, bron = \"gemeente\", bedrag = 5000 }]"),
        Rule("MJA152", .warning, title: "Meting buiten de uitvoeringsperiode", english: "Measurement outside the execution period",
             explanation: "Een meting van een indicator valt in de uitvoeringsperiode. Een waarde van vóór de uitvoering is de nulmeting (nulmeting, nulmeting_jaar).",
             example: "fout:  metingen = [{ datum = 2025-12-31, waarde = 15 }]\n"
                + "goed:  nulmeting = 15\n"
                + "       nulmeting_jaar = 2025"),
        Rule("MJA153", .error, title: "Datum na de peildatum", english: "Date after the reference date",
             explanation: "Een meting of de peildatum van een actie ligt na de peildatum van de agenda ([agenda] peildatum): de gegevens kunnen niet nieuwer zijn dan de datum waarop ze bijgewerkt zijn. Schuif de peildatum van de agenda op, of corrigeer de datum.",
             example: "[agenda]\n"
                + "peildatum = 2026-10-01\n"
                + "fout:  metingen = [{ datum = 2026-12-31, waarde = 41 }]\n"
                + "goed:  metingen = [{ datum = 2026-09-30, waarde = 41 }]"),
        Rule("MJA154", .warning, title: "Voortgang en status spreken elkaar tegen", english: "Progress and status disagree",
             explanation: "Een actie op voortgang 100 is afgerond (status = \"afgerond\"), en een afgeronde actie staat op voortgang 100. Een gestopte actie mag elke voortgang houden.",
             example: "fout:  status = \"lopend\"\n"
                + "       voortgang = 100\n"
                + "goed:  status = \"afgerond\"\n"
                + "       voortgang = 100"),
        Rule("MJA155", .warning, title: "Einddatum voorbij, status nog gepland of lopend (vertraagd?)", english: "End date passed, status still planned or running (delayed?)",
             explanation: "Op de peildatum (van de actie, anders van de agenda) is de einddatum van de actie voorbij, maar de status is nog 'gepland' of 'lopend'. Is de actie klaar, schrijf dan 'afgerond'; loopt ze uit, schrijf 'vertraagd' of verschuif de einddatum.",
             example: "einde = 2026-06-30\n"
                + "peildatum = 2026-10-01\n"
                + "fout:  status = \"lopend\"\n"
                + "goed:  status = \"vertraagd\""),
        Rule("MJA156", .warning, title: "Indicator beweegt van de streefwaarde af", english: "Indicator moves away from its target",
             explanation: "De laatste meting van een indicator ligt verder van de streefwaarde dan de meting ervoor (of dan de nulmeting, bij één meting). Dat kan kloppen; licht het dan toe in de rapportage.",
             example: "nulmeting = 15\n"
                + "streefwaarde = 80\n"
                + "metingen = [{ datum = 2026-06-30, waarde = 22 }, { datum = 2026-09-30, waarde = 19 }]   # van 22 naar 19: verder van 80"),
    ]
}
