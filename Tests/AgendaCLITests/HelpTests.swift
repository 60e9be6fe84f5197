import TestSupport
import Testing
import AgendaCLI

@Suite(.timed) struct HelpTests {
    @Test func overviewInDutchListsCommandsAndGlobalOptions() {
        let outcome = mja("help")
        #expect(outcome.code == .success)
        #expect(outcome.error == "")
        #expect(outcome.output.hasPrefix("mja 0.1.0 - meerjarenagenda's voor de arbeidsmarkt"))
        #expect(outcome.output.contains("Gebruik: mja <commando> [opties]"))
        #expect(outcome.output.contains("\n  help        Toont de hulp bij mja of bij één commando\n"))
        #expect(outcome.output.contains("\n  probe       Toont wat het kreeg\n"))
        #expect(outcome.output.contains("Algemene opties:\n  -h, --help"))
        #expect(outcome.output.contains("--kleur auto|altijd|nooit"))
        #expect(outcome.output.hasSuffix("Meer over een commando: mja help <commando>\n"))
    }

    @Test(arguments: [
        (["help", "--lang", "en"], [String: String]()),
        (["--help"], ["LANG": "en_GB.UTF-8"]),
        (["-h"], ["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]),
    ])
    func overviewInEnglish(arguments: [String], environment: [String: String]) {
        let outcome = mja(arguments, environment: environment)
        #expect(outcome.code == .success)
        #expect(outcome.output.contains("Usage: mja <command> [options]"))
        #expect(outcome.output.contains("\n  probe       Shows what it got\n"))
        #expect(outcome.output.contains("Global options:"))
        #expect(!outcome.output.contains("Gebruik"))
    }

    @Test func commandPageIsExact() {
        #expect(mja("help", "version").output == """
            mja version - Toont het versienummer van mja

            Gebruik: mja version
            Ook: mja versie

            Algemene opties:
              -h, --help                     Toont de hulp
                  --lang nl|en               Taal van de meldingen (standaard: nl, of en bij
                                             LANG=en)
                  --kleur auto|altijd|nooit  Kleur in de uitvoer; auto: alleen op een
                                             terminal en zonder NO_COLOR (standaard: auto)
                  --werkruimte MAP           De werkruimte: de map met agenda's, registers/
                                             en templates/

            Voorbeelden:
              mja version
                  Toont bijvoorbeeld: mja 0.1.0

            """)
    }

    @Test func commandPageShowsUsageArgumentsOptionsAndExamples() {
        let page = mja("help", "probe").output
        #expect(page.hasPrefix("mja probe - Toont wat het kreeg\n\nGebruik: mja probe [opties] [PAD ...]\n"))
        #expect(page.contains("Argumenten:\n  PAD ...  Bestanden\n"))
        #expect(page.contains("Opties:\n      --strikt "))
        #expect(page.contains("  -o, --uit MAP "))
        #expect(page.contains("Map (standaard: out)"))
        #expect(page.contains("--formaat FORMAAT,... "))
        #expect(page.contains("Formaten (kies uit: md, html, docx, pdf)"))
        #expect(page.contains("Voorbeelden:\n  mja probe --uit docs a.toml\n      Probeert\n"))
    }

    @Test(arguments: [["probe", "--help"], ["probe", "-h"], ["--help", "probe"], ["help", "probe"], ["probe", "--uit", "--help"]])
    func everyWayToAskForACommandsHelpGivesTheSamePage(arguments: [String]) {
        let outcome = mja(arguments)
        #expect(outcome.code == .success)
        #expect(outcome.output == mja("help", "probe").output)
    }

    @Test func englishCommandPage() {
        let page = mja("help", "probe", "--lang", "en").output
        #expect(page.hasPrefix("mja probe - Shows what it got\n\nUsage: mja probe [options] [PATH ...]\n"))
        #expect(page.contains("Options:"))
        #expect(page.contains("Folder (default: out)"))
        #expect(page.contains("Examples:\n  mja probe --uit docs a.toml\n      Probes\n"))
    }

    @Test func noCommandPrintsTheShortHelpToStandardErrorAndFails() {
        let outcome = mja([])
        #expect(outcome.code == .usageError)
        #expect(outcome.output == "")
        #expect(outcome.error.contains("Gebruik: mja <commando> [opties]"))
        #expect(outcome.error.contains("  version     Toont het versienummer van mja"))
        #expect(!outcome.error.contains("Algemene opties"))
    }

    @Test(arguments: [["--version"], ["version"], ["versie"], ["probe", "--version"], ["--lang", "en", "--version"]])
    func versionIsPrintedOnStandardOutput(arguments: [String]) {
        let outcome = mja(arguments)
        #expect(outcome.code == .success)
        #expect(outcome.output == MJA.versionLine(in: arguments.contains("en") ? .english : .dutch) + "\n")
        #expect(MJA.version == "0.1.0")
    }
}
