import Diagnostics

/// A command line that `mja` cannot run: an unknown command or option, a missing or wrong value.
///
/// The cases hold data only; `message(in:)` makes the text, in one place, in the reader's language.
/// Usage errors end `mja` with exit code 2. Commands may throw `.invalid` for a mistake the parser
/// cannot see, such as two options that exclude each other.
public enum UsageError: Error, Sendable, Hashable {
    /// The word after `mja` is not a command; `suggestion` is the closest command, if any is close.
    case unknownCommand(String, suggestion: String?)
    /// An option the command does not take, as typed (`--strikd`); `suggestion` with its dashes.
    case unknownOption(String, suggestion: String?)
    /// An option that needs a value was given none: `--uit` at the end, or `--uit=`.
    case missingValue(option: String, placeholder: String)
    /// A flag was given a value: `--strikt=ja`.
    case flagTakesNoValue(option: String, value: String)
    /// A value that is not one of the allowed ones; `suggestion` is the closest allowed value.
    case invalidValue(option: String, value: String, allowed: [String], suggestion: String?)
    /// A value by position that the command does not take; `command` takes `accepted` at most.
    case unexpectedArgument(String, command: String, accepted: Int)
    /// A required value by position is missing.
    case missingArgument(placeholder: String, command: String)
    /// Any other mistake in the command line, worded by the command.
    case invalid(LocalizedText)

    /// The message for the reader, starting with a lower-case letter, as it follows `fout: `.
    public func message(in language: Language) -> String {
        switch self {
        case .unknownCommand(let word, let suggestion):
            language.pick("onbekend commando '\(word)'.", "unknown command '\(word)'.")
                + Self.didYouMean(suggestion, language)
        case .unknownOption(let option, let suggestion):
            language.pick("onbekende optie '\(option)'.", "unknown option '\(option)'.")
                + Self.didYouMean(suggestion, language)
        case .missingValue(let option, let placeholder):
            language.pick(
                "optie '\(option)' heeft een waarde nodig: \(option) \(placeholder)",
                "option '\(option)' needs a value: \(option) \(placeholder)")
        case .flagTakesNoValue(let option, let value):
            language.pick(
                "optie '\(option)' heeft geen waarde; laat '=\(value)' weg",
                "option '\(option)' takes no value; leave out '=\(value)'")
        case .invalidValue(let option, let value, let allowed, let suggestion):
            language.pick(
                "ongeldige waarde '\(value)' voor '\(option)'. Kies uit: \(HelpWords.values(allowed, in: .dutch).joined(separator: ", ")).",
                "invalid value '\(value)' for '\(option)'. Choose from: \(HelpWords.values(allowed, in: .english).joined(separator: ", ")).")
                + Self.didYouMean(suggestion, language)
        case .unexpectedArgument(let value, let command, let accepted):
            accepted == 0
                ? language.pick(
                    "onverwacht argument '\(value)': 'mja \(command)' neemt geen argumenten",
                    "unexpected argument '\(value)': 'mja \(command)' takes no arguments")
                : language.pick(
                    "onverwacht argument '\(value)': 'mja \(command)' neemt er ten hoogste \(accepted)",
                    "unexpected argument '\(value)': 'mja \(command)' takes at most \(accepted)")
        case .missingArgument(let placeholder, let command):
            language.pick("'mja \(command)' heeft een \(placeholder) nodig", "'mja \(command)' needs a \(placeholder)")
        case .invalid(let text):
            text.text(in: language)
        }
    }

    /// Whether the mistake is in the command's name, so the reader needs the list of commands.
    var isUnknownCommand: Bool {
        if case .unknownCommand = self { true } else { false }
    }

    private static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
        guard let suggestion else { return "" }
        return language.pick(" Bedoelde u '\(suggestion)'?", " Did you mean '\(suggestion)'?")
    }
}
