import Diagnostics

/// Writes the help texts: the overview of `mja` and the page of each command.
///
/// Everything comes from the commands' own descriptions, so the help cannot drift from what the
/// parser accepts.
public struct HelpFormatter: Sendable {
    /// The language of the help.
    public var language: Language
    /// The commands to list.
    public var registry: CommandRegistry

    /// Creates a formatter for the reader's language and the registered commands.
    public init(language: Language, registry: CommandRegistry) {
        self.language = language
        self.registry = registry
    }

    /// `mja help`: what mja is, the commands, the global options and where to read on.
    public func overview() -> String {
        var sections = [header(), commandList()]
        sections.append(section(language.pick("Algemene opties:", "Global options:"), optionRows(GlobalOptions.all)))
        sections.append(moreHelp())
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// `mja` without a command: the usage line, the commands and where to read on.
    public func shortOverview() -> String {
        [header(), commandList(), moreHelp()].joined(separator: "\n\n") + "\n"
    }

    /// `mja help <command>`: summary, usage, discussion, arguments, options and examples.
    public func help(for command: any Command) -> String {
        var sections = ["mja \(command.name) - \(command.summary.text(in: language))"]
        var usage = language.pick("Gebruik: ", "Usage: ") + "mja " + command.usage(in: language)
        if !command.aliases.isEmpty {
            usage += "\n" + language.pick("Ook: ", "Also: ") + command.aliases.map { "mja \($0)" }.joined(separator: ", ")
        }
        sections.append(usage)
        if let discussion = command.discussion { sections.append(discussion.text(in: language)) }
        if !command.positionals.isEmpty {
            let rows = command.positionals.map {
                (HelpWords.word($0.placeholder, in: language) + ($0.isRepeating ? " ..." : ""), $0.summary.text(in: language))
            }
            sections.append(section(language.pick("Argumenten:", "Arguments:"), rows))
        }
        if !command.options.isEmpty {
            sections.append(section(language.pick("Opties:", "Options:"), optionRows(command.options)))
        }
        sections.append(section(language.pick("Algemene opties:", "Global options:"), optionRows(GlobalOptions.forCommands)))
        if !command.examples.isEmpty {
            let lines = command.examples.map { "  \($0.commandLine)\n      \($0.explanation.text(in: language))" }
            sections.append(language.pick("Voorbeelden:", "Examples:") + "\n" + lines.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func header() -> String {
        "mja \(MJA.version) - \(MJA.tagline.text(in: language))\n\n"
            + language.pick("Gebruik: mja <commando> [opties]", "Usage: mja <command> [options]")
    }

    private func commandList() -> String {
        let rows = registry.commands.map { ($0.name, $0.summary.text(in: language)) }
        return section(language.pick("Commando's:", "Commands:"), rows)
    }

    private func moreHelp() -> String {
        language.pick("Meer over een commando: mja help <commando>", "More about a command: mja help <command>")
    }

    /// The left column of an option: `-h, --help`, `    --uit MAP`, `    --kleur auto|altijd|nooit`.
    private func optionRows(_ options: [Option]) -> [(String, String)] {
        let indent = options.contains { $0.short != nil } ? "    " : ""
        return options.map { option in
            var left = option.short.map { "-\($0), " } ?? indent
            left += "--" + HelpWords.name(of: option, in: language)
            var right = option.summary.text(in: language)
            let placeholder = HelpWords.word(option.placeholder, in: language)
            switch option.kind {
            case .flag: break
            case .value: left += " " + (option.allowedValues.map { HelpWords.values($0, in: language).joined(separator: "|") } ?? placeholder)
            case .list:
                left += " " + placeholder + ",..."
                if let allowed = option.allowedValues {
                    right += language.pick(" (kies uit: ", " (choose from: ") + HelpWords.values(allowed, in: language).joined(separator: ", ") + ")"
                }
            }
            if let value = option.defaultValue {
                right += language.pick(" (standaard: ", " (default: ") + HelpWords.word(value, in: language) + ")"
            }
            return (left, right)
        }
    }

    /// A titled table of two columns, the right one wrapped to fit 80 columns; a left column too
    /// wide for the table gets a line of its own.
    private func section(_ title: String, _ rows: [(String, String)]) -> String {
        let limit = 30
        let width = rows.map(\.0.count).filter { $0 <= limit }.max() ?? 0
        let hanging = String(repeating: " ", count: width + 4)
        let lines = rows.map { left, right in
            let wrapped = Self.wrap(right, width: max(30, 80 - hanging.count)).joined(separator: "\n" + hanging)
            return left.count > limit
                ? "  \(left)\n\(hanging)\(wrapped)"
                : "  \(left.padding(to: width))  \(wrapped)"
        }
        return title + "\n" + lines.joined(separator: "\n")
    }

    /// Splits `text` into lines of at most `width` characters, at spaces; a longer word stays whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
