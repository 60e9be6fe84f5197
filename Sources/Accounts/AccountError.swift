import Diagnostics

/// Why an account cannot be added, changed or removed.
public enum AccountError: Error, Sendable, Hashable {
    /// There is an account with this name already.
    case nameTaken(String)
    /// There is no account with this name.
    case unknownName(String)
    /// The name breaks the rules of `AccountRules.isValidName`.
    case invalidName(String)
    /// The display name is empty, too long or holds control characters.
    case invalidDisplayName(String)
    /// The role is not one of `regio:AMxx`, `beraad`, `lezer`, `beheer`.
    case invalidRole(String)
    /// The password is shorter than the minimum.
    case passwordTooShort(minimum: Int)

    /// What is wrong and how to put it right, addressing the user as "u".
    public func message(in language: Language) -> String {
        switch self {
        case .nameTaken(let name):
            language.pick(
                "er is al een gebruiker '\(name)'; kies een andere naam, of wijzig die gebruiker met 'mja gebruiker wijzigen \(name)'",
                "there is already a user '\(name)'; choose another name, or change that user with 'mja gebruiker wijzigen \(name)'")
        case .unknownName(let name):
            language.pick(
                "er is geen gebruiker '\(name)'; 'mja gebruiker lijst' toont de gebruikers",
                "there is no user '\(name)'; 'mja gebruiker lijst' shows the users")
        case .invalidName(let name):
            language.pick(
                "'\(name)' kan geen gebruikersnaam zijn: gebruik 1 tot \(AccountRules.maximumNameLength) kleine letters, cijfers, '.', '-' of '_', beginnend met een letter of cijfer (bijvoorbeeld 'anna.devries')",
                "'\(name)' cannot be a user name: use 1 to \(AccountRules.maximumNameLength) lower-case letters, digits, '.', '-' or '_', starting with a letter or digit (for example 'anna.devries')")
        case .invalidDisplayName:
            language.pick(
                "de weergavenaam moet 1 tot \(AccountRules.maximumDisplayNameLength) tekens hebben, zonder regeleinden of andere stuurtekens",
                "the display name must have 1 to \(AccountRules.maximumDisplayNameLength) characters, without line breaks or other control characters")
        case .invalidRole(let role):
            language.pick(
                "onbekende rol '\(role)'; kies regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer",
                "unknown role '\(role)'; choose regio:AMxx (for example regio:AM05), beraad, lezer or beheer")
        case .passwordTooShort(let minimum):
            language.pick(
                "het wachtwoord is te kort: gebruik minstens \(minimum) tekens; een zin van een paar woorden is sterk en goed te onthouden",
                "the password is too short: use at least \(minimum) characters; a sentence of a few words is strong and easy to remember")
        }
    }
}
