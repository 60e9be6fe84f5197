import Agenda
import Diagnostics
import Foundation
import Mustache

/// `mja init --regio CODE`: writes a skeleton agenda for a region from `templates/nieuwe-agenda.toml`,
/// with the region's data filled in and placeholders for the rest. Never overwrites a file.
struct InitCommand: Command {
    let name = "init"
    let summary = LocalizedText("Schrijft een nieuwe agenda voor een regio om in te vullen",
                                "Writes a new agenda for a region, to fill in")
    let discussion: LocalizedText? = LocalizedText(
        "Het nieuwe bestand komt in 'regions/' en heet naar de regio. Een bestaand bestand wordt nooit overschreven. Controleer het daarna met 'mja check'.",
        "The new file goes into 'regions/', named after the region. An existing file is never overwritten. Check it afterwards with 'mja check'.")
    let options: [Option] = [
        .value("regio", aliases: ["region"], placeholder: "CODE", summary: LocalizedText("De CBS-code van de regio, zoals AM05", "The region's CBS code, such as AM05")),
        .value("uit", aliases: ["out"], placeholder: "BESTAND", summary: LocalizedText("Waar het bestand komt (standaard regions/amNN-naam.toml)", "Where to write the file (default regions/amNN-name.toml)")),
        .value("regios", aliases: ["regions"], placeholder: "MAP", default: AgendaPaths.defaultFolder,
               summary: LocalizedText("De map met de registers en de landelijke agenda", "The folder with the registries and the national agenda")),
        .value("sjabloon", aliases: ["template"], placeholder: "BESTAND", default: "templates/nieuwe-agenda.toml",
               summary: LocalizedText("Het sjabloon", "The template")),
    ]
    let examples = [Example("mja init --regio AM05", LocalizedText("Schrijft regions/am05-twente.toml", "Writes regions/am05-twente.toml"))]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        guard let code = invocation.option("regio")?.uppercased() else {
            throw UsageError.invalid(LocalizedText("geef de regio op, zoals: mja init --regio AM05", "name the region, as in: mja init --regio AM05"))
        }
        let folder = invocation.option("regios") ?? AgendaPaths.defaultFolder
        let workspace = WorkspaceLoader(language: context.language).load(directory: folder)
        guard let region = workspace.registry.region(code) else {
            let suggestion = Suggestion.closest(to: code, among: workspace.registry.regions.map(\.code))
            let hint = suggestion.map { context.text(" Bedoelde je '\($0)'?", " Did you mean '\($0)'?") } ?? ""
            throw CommandError(LocalizedText(
                "'\(code)' is geen arbeidsmarktregio.\(hint) De regio's staan in regions/registers/regios.toml.",
                "'\(code)' is not a labour-market region.\(hint) The regions are listed in regions/registers/regios.toml."),
                exitCode: .usageError)
        }
        let slug = Self.slug(region.name)
        let target = invocation.option("uit") ?? "\(folder)/\(code.lowercased())-\(slug).toml"
        let templatePath = invocation.option("sjabloon") ?? "templates/nieuwe-agenda.toml"
        guard let templateText = try? String(contentsOfFile: templatePath, encoding: .utf8) else {
            throw CommandError(LocalizedText("het sjabloon '\(templatePath)' kan niet worden gelezen",
                                             "the template '\(templatePath)' cannot be read"))
        }
        let template: Template
        do {
            template = try Template(parsing: templateText, name: "nieuwe-agenda", file: templatePath)
        } catch {
            throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
        }
        let national = workspace.nationalAgenda
        let policy = national?.policyPeriod ?? YearRange(first: 2026, last: 2030)
        let execution = national?.executionPeriod ?? YearRange(first: 2026, last: 2027)
        let context_: MustacheValue = [
            "regio_code": .string(region.code), "regio_naam": .string(Self.tomlEscaped(region.name)),
            "regio_slug": .string(slug), "centrumgemeente": .string(Self.tomlEscaped(region.centralMunicipality)),
            "centrum_id": .string("gemeente-" + Self.slug(region.centralMunicipality)), "bestand": .string(target),
            "beleidsperiode": .string(policy.description), "uitvoeringsperiode": .string(execution.description),
            "eerste_jaar": .int(execution.first), "startdatum": .string("\(execution.first)-01-01"),
            "streefdatum": .string("\(execution.last)-12-31"),
        ]
        let text = template.render(context_, escaping: .none)
        try? FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        guard try FileOutput.create(Data(text.utf8), at: target) else {
            throw CommandError(LocalizedText(
                "'\(target)' bestaat al en wordt niet overschreven. Kies een andere naam met --uit.",
                "'\(target)' already exists and is not overwritten. Choose another name with --uit."))
        }
        context.console.writeLine(context.text(
            "\(target) geschreven voor \(region.name) (\(region.code)). Vul de <vul in: ...>-teksten in en controleer met: mja check \(target)",
            "Wrote \(target) for \(region.name) (\(region.code)). Fill in the <vul in: ...> texts and check with: mja check \(target)"))
        return .success
    }

    /// A file-name part: lower case, accents folded, other characters to hyphens (`'s-Gravenhage`
    /// -> `s-gravenhage`, `Zaanstreek/Waterland` -> `zaanstreek-waterland`).
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL")).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }

    /// Text made safe inside a TOML basic string ("...").
    static func tomlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
