import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The text `Foundation`'s `localizedDescription` gives an error, for the errors the program shows
/// (the file system's `CocoaError`s and `POSIXError`s, and errors that describe themselves with
/// `LocalizedError`): `FoundationEssentials` has the errors but not their texts. `ErrorTextTests`
/// holds each code's text against `Foundation`'s.
public enum ErrorText {
    /// `error.localizedDescription` as `Foundation` words it (in English, its only language on Linux).
    public static func describing(_ error: any Error) -> String {
        if let described = (error as? any LocalizedError)?.errorDescription { return described }
        let lead = "The operation could not be completed. "
        if let cocoa = error as? CocoaError {
            if let reason = reasons[cocoa.code.rawValue] { return lead + reason }
            return lead + "(NSCocoaErrorDomain error \(cocoa.code.rawValue).)"
        }
        if let posix = error as? POSIXError {
            return lead + String(cString: strerror(posix.code.rawValue))
        }
        if let posix = error as? PathError {
            return lead + String(cString: strerror(posix.code.rawValue))
        }
        return lead + "(\(String(reflecting: type(of: error))) error 1.)"
    }

    /// `Foundation`'s failure reasons of the file system's codes.
    static let reasons: [Int: String] = [
        4: "The file doesn’t exist.", 257: "You don’t have permission.", 258: "The file name is invalid.",
        259: "The file isn’t in the correct format.", 260: "The file doesn’t exist.",
        261: "The specified text encoding isn’t applicable.", 262: "The specified URL type isn’t supported.",
        263: "The item is too large.", 264: "The text encoding of the contents couldn’t be determined.",
        513: "You don’t have permission.", 514: "The file name is invalid.",
        516: "A file with the same name already exists.", 517: "The specified text encoding isn’t applicable.",
        518: "The specified URL type isn’t supported.", 640: "There isn’t enough space.", 642: "The volume is read only.",
    ]
}
