import Diagnostics

/// The result of reading a command line: which command, with what, and what was wrong.
struct ParsedCommandLine {
    /// The command named, or nil when none was named or the word was not a command.
    var command: (any Command)?
    /// The options and positionals, read against the command's options and the global ones.
    var invocation: Invocation
    /// Every problem found, in the order of the command line.
    var errors: [UsageError]
}

/// Reads a command line against the registered commands and their options.
///
/// The command is the first word that is not an option (nor the value of a global option), so
/// global options may come before it: `mja --lang en check`. Options and positionals may then be
/// mixed freely; `--` ends the options. Problems are collected, not thrown, so all are reported.
struct ArgumentParser {
    let registry: CommandRegistry

    func parse(_ arguments: [String]) -> ParsedCommandLine {
        guard let commandIndex = Self.indexOfCommand(in: arguments) else {
            var reader = OptionReader(commandName: "", options: GlobalOptions.all, positionals: [])
            reader.read(arguments)
            // Without a command, a word after `--` was meant as one.
            let errors = reader.errors.map { error in
                guard case .unexpectedArgument(let word, _, _) = error else { return error }
                return UsageError.unknownCommand(word, suggestion: registry.suggestion(for: word))
            }
            return ParsedCommandLine(command: nil, invocation: reader.invocation, errors: errors)
        }
        var rest = arguments
        let word = rest.remove(at: commandIndex)
        guard let command = registry.command(named: word) else {
            // Still read the global options, so the error is in the language and colours asked for.
            var reader = OptionReader(commandName: "", options: GlobalOptions.all, positionals: [])
            reader.read(rest)
            let error = UsageError.unknownCommand(word, suggestion: registry.suggestion(for: word))
            return ParsedCommandLine(command: nil, invocation: reader.invocation, errors: [error])
        }
        var reader = OptionReader(
            commandName: command.name, options: command.options + GlobalOptions.all, positionals: command.positionals)
        reader.read(rest)
        return ParsedCommandLine(command: command, invocation: reader.invocation, errors: reader.errors)
    }

    /// The index of the first word that is neither an option nor the value of a global option.
    static func indexOfCommand(in arguments: [String]) -> Int? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            guard argument.hasPrefix("-"), argument != "-" else { return index }
            let name = String(argument.dropFirst(2))
            let takesValue = GlobalOptions.all.contains { $0.kind != .flag && $0.answers(to: name) }
            index += argument.hasPrefix("--") && takesValue ? 2 : 1
        }
        return nil
    }
}

/// Reads the options and positionals of one command, collecting what is given and what is wrong.
struct OptionReader {
    let commandName: String
    let options: [Option]
    let positionalSpecs: [Positional]
    private(set) var values: [String: [String]] = [:]
    private(set) var positionals: [String] = []
    private(set) var errors: [UsageError] = []

    init(commandName: String, options: [Option], positionals: [Positional]) {
        self.commandName = commandName
        self.options = options
        self.positionalSpecs = positionals
    }

    var invocation: Invocation {
        Invocation(commandName: commandName, options: options, values: values, positionals: positionals)
    }

    mutating func read(_ arguments: [String]) {
        var remaining = arguments[...]
        var optionsEnded = false
        while let argument = remaining.popFirst() {
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
                if let option = options.first(where: { $0.answers(to: name) }) {
                    take(option, spelled: "--" + name, inline: inline, remaining: &remaining)
                } else {
                    errors.append(.unknownOption("--" + name, suggestion: suggestion(for: name)))
                }
            } else {
                let letters = argument.dropFirst()
                if letters.count == 1, let option = options.first(where: { $0.short == letters.first }) {
                    take(option, spelled: argument, inline: nil, remaining: &remaining)
                } else {
                    errors.append(.unknownOption(argument, suggestion: suggestion(for: String(letters))))
                }
            }
        }
        checkPositionals()
    }

    private mutating func take(_ option: Option, spelled: String, inline: String?, remaining: inout ArraySlice<String>) {
        if option.kind == .flag {
            if let inline {
                errors.append(.flagTakesNoValue(option: spelled, value: inline))
            } else {
                values[option.name] = []
            }
            return
        }
        var raw = inline
        if raw == nil, let next = remaining.first, next == "-" || !next.hasPrefix("-") {
            raw = remaining.removeFirst()
        }
        let pieces: [String]
        switch option.kind {
        case .list:
            pieces = (raw ?? "").split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        default:
            pieces = raw.map { $0.isEmpty ? [] : [$0] } ?? []
        }
        guard !pieces.isEmpty else {
            errors.append(.missingValue(option: spelled, placeholder: option.placeholder))
            return
        }
        for piece in pieces {
            if let value = option.canonicalValue(piece) {
                values[option.name, default: []].append(value)
            } else {
                let allowed = option.allowedValues ?? []
                let suggestion = Suggestion.closest(to: piece, among: allowed)
                errors.append(.invalidValue(option: spelled, value: piece, allowed: allowed, suggestion: suggestion))
            }
        }
    }

    private mutating func checkPositionals() {
        var index = 0
        for spec in positionalSpecs {
            let taken = spec.isRepeating ? positionals.count - index : min(1, positionals.count - index)
            if taken == 0 && spec.isRequired {
                errors.append(.missingArgument(placeholder: spec.placeholder, command: commandName))
            }
            index += taken
        }
        for extra in positionals[index...] {
            errors.append(.unexpectedArgument(extra, command: commandName, accepted: index))
        }
    }

    private func suggestion(for name: String) -> String? {
        let names = options.flatMap { [$0.name] + $0.aliases }
        return Suggestion.closest(to: name, among: names).map { "--" + $0 }
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
