import Agenda
import Diagnostics
import FoundationEssentials
import FoundationGaps

/// `mja importeer agenda.json`: converts an agenda as JSON (the `agenda.json` of
/// `mja build --formaat data`) back to an agenda file in TOML, without loss. Problems in the JSON
/// are printed with file, line and column (MJA340-MJA345) and nothing is written; an existing file
/// is replaced only with `--overschrijven`, and always atomically.
struct ImportCommand: Command {
    let name = "importeer"
    let aliases = ["import"]
    let summary = LocalizedText("Zet een agenda als JSON (agenda.json uit de open data) om naar een agendabestand (TOML)",
                                "Converts an agenda as JSON (agenda.json of the open data) to an agenda file (TOML)")
    let discussion: LocalizedText? = LocalizedText(
        "De JSON volgt het schema van 'mja schema'; elke sleutel en waarde komt ongewijzigd in het TOML-bestand. Een fout in de JSON wordt gemeld met regel en kolom, en dan wordt er niets geschreven. Controleer het nieuwe bestand daarna met 'mja check'. Opmerkingen (# ...) van het oorspronkelijke TOML-bestand staan niet in de JSON en komen dus niet terug.",
        "The JSON follows the schema of 'mja schema'; every key and value goes unchanged into the TOML file. An error in the JSON is reported with line and column, and then nothing is written. Check the new file afterwards with 'mja check'. Comments (# ...) of the original TOML file are not in the JSON and so do not come back.")
    let options: [Option] = [
        .value("uit", aliases: ["out"], placeholder: "BESTAND",
               summary: LocalizedText("Het agendabestand dat geschreven wordt (standaard de naam van de JSON met .toml)",
                                      "The agenda file to write (default the JSON's name with .toml)")),
        .flag("overschrijven", aliases: ["overwrite"],
              summary: LocalizedText("Vervang een bestaand bestand", "Replace an existing file")),
    ]
    let positionals = [Positional("JSON", summary: LocalizedText("De agenda als JSON", "The agenda as JSON"), required: true)]
    let examples = [
        Example("mja importeer out/am05-twente/data/agenda.json --uit regions/am05-twente.toml --overschrijven",
                LocalizedText("Zet de open data van Twente terug in de agenda", "Puts Twente's open data back into its agenda")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        guard let input = invocation.positionals.first else {
            throw UsageError.invalid(LocalizedText("geef het JSON-bestand op, zoals: mja importeer agenda.json",
                                                   "name the JSON file, as in: mja importeer agenda.json"))
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            throw CommandError(LocalizedText("'\(input)' bestaat niet of kan niet gelezen worden", "'\(input)' does not exist or cannot be read"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError(LocalizedText("'\(input)' is geen UTF-8-tekst; JSON is altijd UTF-8", "'\(input)' is not UTF-8 text; JSON is always UTF-8"))
        }
        let output = invocation.option("uit") ?? (FilePath.deletingExtension(of: input) + ".toml")
        let (toml, diagnostics) = AgendaJSONImport.convert(text, file: input)
        guard let toml else {
            return context.printDiagnostics(diagnostics, fileCount: 1, sources: [input: SourceText(text)], to: .error)
        }
        let bytes = Data(toml.utf8)
        do {
            if invocation.flag("overschrijven") {
                try FileOutput.write(bytes, to: output)
            } else if try !FileOutput.create(bytes, at: output) {
                throw CommandError(LocalizedText(
                    "'\(output)' bestaat al en blijft zoals het is; kies een andere naam met --uit, of vervang het met --overschrijven",
                    "'\(output)' exists already and stays as it is; choose another name with --uit, or replace it with --overschrijven"))
            }
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(FileSystemMessage.text(for: error)
                ?? LocalizedText("'\(output)' kan niet worden geschreven", "'\(output)' cannot be written"))
        }
        context.console.writeLine(context.text(
            "\(output) geschreven uit \(input). Controleer het met: mja check \(output)",
            "Wrote \(output) from \(input). Check it with: mja check \(output)"))
        return .success
    }
}
