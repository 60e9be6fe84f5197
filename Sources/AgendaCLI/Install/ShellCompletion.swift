import FoundationGaps
import Agenda

/// Completion scripts for bash, zsh and fish, made from the commands' own descriptions (names,
/// aliases, options and their allowed values), the region codes for `--regio` and the rule codes
/// for `mja explain`, so they never disagree with the program that wrote them.
struct ShellCompletion {
    /// The shells a script is made for.
    enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    let registry: CommandRegistry
    /// The region codes offered after `--regio`, such as `AM05`.
    let regionCodes: [String]
    /// The rule codes offered after `mja explain`, such as `MJA016`.
    let ruleCodes: [String]

    /// The script for `shell`.
    func script(for shell: Shell) -> String {
        switch shell {
        case .bash: bash()
        case .zsh: zsh()
        case .fish: fish()
        }
    }

    /// Every spelling of an option: `--uit`, `--out`, `-o`.
    private func spellings(_ option: Option) -> [String] {
        ([option.name] + option.aliases).map { "--" + $0 } + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// The values offered for an option, or nil for a file or free text.
    private func values(_ option: Option) -> [String]? {
        if option.name == "regio" { return regionCodes }
        return option.allowedValues
    }

    private func options(of command: any Command) -> [Option] { command.options + GlobalOptions.forCommands }

    /// Every option that takes a value, of every command, by spelling: the values it offers.
    private var valuedOptions: [(spellings: [String], values: [String]?, list: Bool)] {
        var seen = Set<String>()
        var result: [(spellings: [String], values: [String]?, list: Bool)] = []
        for option in registry.commands.flatMap(options(of:)) + GlobalOptions.all where option.kind != .flag {
            let key = option.name + (values(option) ?? []).joined(separator: ",")
            guard seen.insert(key).inserted else { continue }
            result.append((spellings(option), values(option), option.kind == .list))
        }
        return result
    }

    // MARK: bash

    private func bash() -> String {
        var lines = [
            "# bash completion for mja; written by 'mja installeer' (or: mja completie bash).",
            "_mja() {",
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
            "    COMPREPLY=()",
            "    if [ \"$COMP_CWORD\" -eq 1 ]; then",
            "        COMPREPLY=( $(compgen -W \"\(registry.commands.flatMap { [$0.name] + $0.aliases }.joined(separator: " ")) --help --version\" -- \"$cur\") )",
            "        return",
            "    fi",
            "    case \"$prev\" in",
        ]
        // Options with the same spellings but different values (`--formaat` of check and build)
        // are told apart by the command.
        for command in registry.commands {
            for option in options(of: command) where option.kind != .flag {
                guard let values = values(option) else { continue }
                let words = values.joined(separator: " ")
                let names = ([command.name] + command.aliases).joined(separator: "|")
                lines.append("        \(spellings(option).joined(separator: "|"))) if [[ \"${COMP_WORDS[1]}\" =~ ^(\(names))$ ]]; then")
                if option.kind == .list {
                    lines.append("            local done=\"\"; [[ \"$cur\" == *,* ]] && done=\"${cur%,*},\"")
                    lines.append("            COMPREPLY=( $(compgen -W \"\(words)\" -P \"$done\" -- \"${cur##*,}\") ); return")
                } else {
                    lines.append("            COMPREPLY=( $(compgen -W \"\(words)\" -- \"$cur\") ); return")
                }
                lines.append("        fi ;;&")
            }
        }
        let pathOptions = Set(valuedOptions.filter { $0.values == nil }.flatMap(\.spellings)).sorted()
        lines.append("        \(pathOptions.joined(separator: "|"))) return ;;")
        lines.append("    esac")
        lines.append("    [ ${#COMPREPLY[@]} -gt 0 ] && return")
        lines.append("    local options=\"\"")
        lines.append("    case \"${COMP_WORDS[1]}\" in")
        for command in registry.commands {
            let names = ([command.name] + command.aliases).joined(separator: "|")
            lines.append("        \(names)) options=\"\(options(of: command).flatMap(spellings).joined(separator: " "))\" ;;")
        }
        lines.append("    esac")
        lines.append("    if [[ \"$cur\" == -* ]]; then")
        lines.append("        COMPREPLY=( $(compgen -W \"$options\" -- \"$cur\") )")
        lines.append("    elif [[ \"${COMP_WORDS[1]}\" =~ ^(explain|help)$ ]]; then")
        lines.append("        COMPREPLY=( $(compgen -W \"\(ruleCodes.joined(separator: " ")) \(registry.commands.map(\.name).joined(separator: " "))\" -- \"$cur\") )")
        lines.append("    fi")
        lines.append("}")
        lines.append("complete -o default -F _mja mja")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: zsh

    private func zsh() -> String {
        var lines = [
            "#compdef mja",
            "# zsh completion for mja; written by 'mja installeer' (or: mja completie zsh).",
            "_mja() {",
            "  local -a commands",
            "  commands=(",
        ]
        for command in registry.commands {
            lines.append("    '\(command.name):\(Self.quotedForZsh(command.summary.dutch))'")
        }
        lines.append("  )")
        lines.append("  if (( CURRENT == 2 )); then _describe 'commando' commands; return; fi")
        lines.append("  case ${words[2]} in")
        for command in registry.commands {
            let names = ([command.name] + command.aliases).joined(separator: "|")
            var specs: [String] = []
            for option in options(of: command) {
                let summary = Self.quotedForZsh(option.summary.dutch)
                let action: String
                if option.kind == .flag {
                    action = ""
                } else if let values = values(option) {
                    action = ":\(option.placeholder):(\(values.joined(separator: " ")))"
                } else {
                    action = ":\(option.placeholder):_files"
                }
                for spelling in spellings(option) { specs.append("'\(spelling)[\(summary)]\(action)'") }
            }
            let rest = command.name == "explain" ? "'*:code:(\(ruleCodes.joined(separator: " ")))'" : "'*:bestand:_files'"
            lines.append("    \(names)) _arguments -s \(specs.joined(separator: " ")) \(rest) ;;")
        }
        lines.append("  esac")
        lines.append("}")
        lines.append("_mja \"$@\"")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quotedForZsh(_ text: String) -> String {
        text.replacingEvery("'", with: "'\\''").replacingEvery("[", with: "(")
            .replacingEvery("]", with: ")").replacingEvery(":", with: " ")
    }

    // MARK: fish

    private func fish() -> String {
        var lines = [
            "# fish completion for mja; written by 'mja installeer' (or: mja completie fish).",
            "complete -c mja -f -n __fish_use_subcommand -l help -s h -d 'Toont de hulp'",
            "complete -c mja -f -n __fish_use_subcommand -l version -d 'Toont het versienummer'",
        ]
        for command in registry.commands {
            lines.append("complete -c mja -f -n __fish_use_subcommand -a \(command.name) -d \(Self.quotedForFish(command.summary.dutch))")
            let condition = "'__fish_seen_subcommand_from \(([command.name] + command.aliases).joined(separator: " "))'"
            for option in options(of: command) {
                var spec = "complete -c mja -n \(condition)"
                for name in [option.name] + option.aliases { spec += " -l \(name)" }
                if let short = option.short { spec += " -s \(short)" }
                if option.kind != .flag {
                    spec += " -r"
                    if let values = values(option) { spec += " -f -a '\(values.joined(separator: " "))'" } else { spec += " -F" }
                }
                spec += " -d \(Self.quotedForFish(option.summary.dutch))"
                lines.append(spec)
            }
            if command.name == "explain" {
                lines.append("complete -c mja -n \(condition) -f -a '\(ruleCodes.joined(separator: " "))'")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quotedForFish(_ text: String) -> String {
        "'" + text.replacingEvery("\\", with: "\\\\").replacingEvery("'", with: "\\'") + "'"
    }
}
