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
    /// The password typed twice was not the same twice.
    case passwordsDiffer
    /// The region code of `regio:AMxx` is not in the region registry (codes have gaps).
    case unknownRegion(String)
    /// The change would leave no account with the role `beheer`: nobody could manage the accounts
    /// in the browser any more.
    case lastAdministrator(String)

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
        case .passwordsDiffer:
            language.pick("de twee wachtwoorden verschillen; er is niets gewijzigd", "the two passwords differ; nothing was changed")
        case .unknownRegion(let code):
            language.pick(
                "\(code) is geen arbeidsmarktregio: de CBS-codes hebben gaten (er is geen AM04, AM16 of AM31); registers/regios.toml noemt alle regio's",
                "\(code) is not a labour-market region: the CBS codes have gaps (there is no AM04, AM16 or AM31); registers/regios.toml lists every region")
        case .lastAdministrator(let name):
            language.pick(
                "'\(name)' is de laatste gebruiker met de rol beheer; geef eerst een andere gebruiker de rol beheer, anders kan niemand de gebruikers nog beheren",
                "'\(name)' is the last user with the role beheer; give another user the role beheer first, or nobody can manage the users any more")
        }
    }
}
